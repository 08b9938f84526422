/**
 * Card data is untrusted: whatever a card (or a forger) sent. Fields are read
 * with their type and length checked, and a card naming another tenant or
 * user than the one clicking is refused before anything else happens.
 */
import type { Requester } from '../../../domain/model.js';

const MAX_ID_LENGTH = 200;
const MAX_TEXT_LENGTH = 1000;

export type Data = Readonly<Record<string, unknown>>;

/** A string field, trimmed; undefined when absent, blank, not a string or too long. */
export function idField(data: Data, name: string): string | undefined {
  const value = data[name];
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed !== '' && trimmed.length <= MAX_ID_LENGTH ? trimmed : undefined;
}

/** A typed input: '' when blank or absent; undefined when not a string or too long. */
export function inputField(data: Data, name: string): string | undefined {
  const value = data[name] ?? '';
  if (typeof value !== 'string' || value.length > MAX_TEXT_LENGTH) return undefined;
  return value.trim();
}

export type Ownership = { ok: true; tenantId: string; userId: string } | { ok: false; problem: 'malformed'; field: string } | { ok: false; problem: 'forbidden' };

/** The card's tenantId and userId must both be the clicker's own (from the activity, not the card). */
export function ownCard(requester: Requester, data: Data): Ownership {
  const tenantId = idField(data, 'tenantId');
  if (!tenantId) return { ok: false, problem: 'malformed', field: 'tenantId' };
  const userId = idField(data, 'userId');
  if (!userId) return { ok: false, problem: 'malformed', field: 'userId' };
  const clicker = requester.known ? requester.person : requester;
  if (tenantId !== clicker.tenantId || userId !== clicker.aadObjectId) return { ok: false, problem: 'forbidden' };
  return { ok: true, tenantId, userId };
}

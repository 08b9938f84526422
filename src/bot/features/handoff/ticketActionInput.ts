/**
 * Card data is untrusted: a ticket id must have the ticket id shape, the
 * revision must be a whole number, a reply must be text. The idempotency key
 * of an action is built from these and from the actor the store knows.
 */
import { createHash } from 'node:crypto';
import { isTicketId } from '../../../domain/handoff/ticketId.js';
import type { Person } from '../../../domain/model.js';

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly field: string };

export function ticketIdFrom(data: Readonly<Record<string, unknown>>): Parsed<string> {
  const raw = typeof data.ticketId === 'string' ? data.ticketId.trim().toUpperCase() : undefined;
  return raw && isTicketId(raw) ? { ok: true, value: raw } : { ok: false, field: 'ticketId' };
}

/** Templating may hand the revision back as a number or as its string. */
export function revisionFrom(data: Readonly<Record<string, unknown>>): Parsed<number> {
  const raw = data.rev;
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  return Number.isInteger(value) && value >= 0 ? { ok: true, value } : { ok: false, field: 'rev' };
}

export function replyTextFrom(data: Readonly<Record<string, unknown>>): string {
  return typeof data.replyText === 'string' ? data.replyText : '';
}

export function actionKey(verb: string, actor: Person, revision: number, text = ''): string {
  const digest = text ? createHash('sha256').update(text.trim()).digest('hex').slice(0, 16) : '';
  return [verb, actor.tenantId, actor.aadObjectId, revision, digest].join('|');
}

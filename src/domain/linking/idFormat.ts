/**
 * The shapes of the two IDs partners copy from Partner Center: the Access ID
 * is a GUID, the Contract ID a run of digits. Input is normalised first
 * (full-width characters from Japanese keyboards, braces, spaces, case) so
 * a correctly copied ID is never refused for cosmetic reasons.
 */
import type { TypedIds } from './linkingTypes.js';

const ACCESS_ID = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/;
const CONTRACT_ID = /^\d{10}$/;
/** Longer input cannot be an ID; refusing it early keeps forged payloads cheap. */
const MAX_INPUT = 100;

export const ID_SHAPES = {
  accessId: 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
  contractId: '0123456789',
} as const;

export interface WellFormedIds {
  readonly accessId: string;
  readonly contractId: string;
}

function clean(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_INPUT) return undefined;
  const text = value.normalize('NFKC').replace(/[\s{}]/g, '');
  return text === '' ? undefined : text;
}

export function normalizeAccessId(value: unknown): string | undefined {
  return clean(value)?.toUpperCase();
}

export function normalizeContractId(value: unknown): string | undefined {
  return clean(value)?.replace(/-/g, '');
}

/** Both IDs in canonical form, or undefined when either is missing or misshapen. */
export function wellFormedIds(ids: TypedIds): WellFormedIds | undefined {
  const accessId = normalizeAccessId(ids.accessId);
  const contractId = normalizeContractId(ids.contractId);
  if (!accessId || !contractId || !ACCESS_ID.test(accessId) || !CONTRACT_ID.test(contractId)) return undefined;
  return { accessId, contractId };
}

const GUID_IN_TEXT = /[0-9A-Fa-f０-９Ａ-Ｆａ-ｆ]{8}(?:[-－][0-9A-Fa-f０-９Ａ-Ｆａ-ｆ]{4}){3}[-－][0-9A-Fa-f０-９Ａ-Ｆａ-ｆ]{12}/u;
const DIGITS_IN_TEXT = /(?<![0-9０-９A-Za-z-])[0-9０-９]{6,14}(?![0-9０-９A-Za-z-])/u;

/** The IDs a user pasted into a message ("Access ID: … Contract ID: …"), as found. */
export function idsInText(text: string): TypedIds {
  const guid = GUID_IN_TEXT.exec(text)?.[0];
  const withoutGuid = guid ? text.replace(guid, ' ') : text;
  const digits = DIGITS_IN_TEXT.exec(withoutGuid)?.[0];
  return { ...(guid ? { accessId: guid } : {}), ...(digits ? { contractId: digits } : {}) };
}

export function hasAnyId(ids: TypedIds): boolean {
  return ids.accessId !== undefined || ids.contractId !== undefined;
}

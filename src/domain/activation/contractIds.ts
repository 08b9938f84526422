/**
 * Access IDs (GUID-like, uppercase) and Contract IDs (10 digits): generated
 * when the helpdesk leaves them blank, checked when an agent types them.
 * Randomness is injected so tests can pin it; the default is the standard
 * Web Crypto global, so the domain imports no Node module.
 */
import type { ContractIds } from './activationTypes.js';

export interface IdSource {
  accessId(): string;
  contractId(): string;
}

export const randomIds: IdSource = {
  accessId: () => crypto.randomUUID().toUpperCase(),
  // 10 digits, never starting with 0, so it reads as a number everywhere.
  contractId: () => String(1_000_000_000 + (crypto.getRandomValues(new Uint32Array(1))[0]! % 9_000_000_000)),
};

const ACCESS_ID = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/;
const CONTRACT_ID = /^\d{10}$/;

/** Normalises what an agent typed; undefined when it is not a valid Access ID. */
export function parseAccessId(value: string): string | undefined {
  const upper = value.trim().toUpperCase();
  return ACCESS_ID.test(upper) ? upper : undefined;
}

export function parseContractId(value: string): string | undefined {
  const digits = value.trim();
  return CONTRACT_ID.test(digits) ? digits : undefined;
}

/**
 * Typed ids where given, generated ones where blank. Returns the name of the
 * first bad field instead when a typed id is malformed.
 */
export function resolveIds(entered: Partial<ContractIds> | undefined, ids: IdSource): ContractIds | { invalid: 'accessId' | 'contractId' } {
  const typedAccess = entered?.accessId?.trim() ?? '';
  const typedContract = entered?.contractId?.trim() ?? '';
  const accessId = typedAccess === '' ? ids.accessId() : parseAccessId(typedAccess);
  if (!accessId) return { invalid: 'accessId' };
  const contractId = typedContract === '' ? ids.contractId() : parseContractId(typedContract);
  if (!contractId) return { invalid: 'contractId' };
  return { accessId, contractId };
}

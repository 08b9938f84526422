/**
 * The one rule for who may read a contract's Access ID and Contract ID in
 * full. Anyone holding both IDs can spend the company's incidents, so every
 * place that shows them (knowledge answers, activation, linking, the tab)
 * asks this function rather than deciding for itself: a second, looser rule
 * somewhere is exactly how a secret leaks.
 */
import type { Contract, Person, Role } from './model.js';
import { maskSecret } from './secrets.js';

export type SecretReader = Pick<Person, 'tenantId' | 'aadObjectId' | 'roles'>;

/**
 * True only where nobody else reads along (a 1:1 chat, the personal tab) AND
 * the reader is the person the contract is associated with, or holds a role
 * that may activate: those admins receive the IDs from Partner Center on
 * activation anyway, and are the people colleagues are told to ask.
 * `rolesThatMayActivate` comes from program.json (ProgramData), so the rule
 * follows the program's data rather than a list written here.
 */
export function maySeeContractSecrets(
  reader: SecretReader | undefined,
  contract: Pick<Contract, 'tenantId' | 'associations'>,
  personalChat: boolean,
  rolesThatMayActivate: readonly Role[],
): boolean {
  if (!personalChat || !reader) return false;
  // Another company's contract is never anyone's business here, whatever the role.
  if (reader.tenantId !== contract.tenantId) return false;
  if (contract.associations.some((a) => a.aadObjectId === reader.aadObjectId)) return true;
  return reader.roles.some((role) => rolesThatMayActivate.includes(role));
}

/** The secret as this reader may see it: whole, or masked to its last four characters. */
export function shownSecret(value: string, visible: boolean): string {
  return visible ? value : maskSecret(value);
}

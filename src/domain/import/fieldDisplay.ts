/**
 * How a stored field's value reads in an import report ("roles: globalAdmin →
 * globalAdmin, adminAgent"). Access and Contract IDs only ever appear masked.
 */
import type { ActivationState, ContractAssociation, Offer } from '../model.js';
import { maskSecret } from '../secrets.js';

const SECRET_FIELDS = new Set(['accessId', 'contractId']);

function offerText(offer: Offer): string {
  return offer.competency === undefined ? offer.level : `${offer.level}:${offer.competency}`;
}

function activationText(state: ActivationState): string {
  return state.activatedAt === undefined ? state.status : `${state.status} on ${state.activatedAt.slice(0, 10)}`;
}

function associationText(association: ContractAssociation): string {
  return `${association.aadObjectId}:${association.portal}:${association.at.slice(0, 10)}`;
}

export function displayField(field: string, value: unknown): string {
  if (value === undefined) return '(none)';
  if (SECRET_FIELDS.has(field) && typeof value === 'string') return maskSecret(value);
  switch (field) {
    case 'offers':
      return (value as Offer[]).map(offerText).join('; ') || '(none)';
    case 'roles':
      return (value as string[]).join('; ') || '(none)';
    case 'associations':
      return (value as ContractAssociation[]).map(associationText).join('; ') || '(none)';
    case 'activation':
      return activationText(value as ActivationState);
    case 'association': {
      const { mpn, csp } = value as { mpn: boolean; csp: boolean };
      return `mpn ${mpn ? 'yes' : 'no'}, csp ${csp ? 'yes' : 'no'}`;
    }
    case 'incidentsTotal':
    case 'incidentsRemaining':
      return value === null ? 'unlimited' : String(value);
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

export interface FieldChange {
  readonly field: string;
  readonly before: string;
  readonly after: string;
}

/** JSON with object keys sorted, so two equal records compare equal whatever order their fields were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => x.localeCompare(y))) : v,
  );
}

/** The fields whose values differ, in the order of `after`'s fields. */
export function changedFields<T extends object>(before: T, after: T): FieldChange[] {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return fields
    .filter((field) => canonical(b[field]) !== canonical(a[field]))
    .map((field) => ({ field, before: displayField(field, b[field]), after: displayField(field, a[field]) }));
}

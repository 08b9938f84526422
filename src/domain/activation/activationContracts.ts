/**
 * The contracts an approved request creates: one per requested benefit,
 * valid from today for one year, with typed or generated ids. Store keys are
 * derived from the request id, so a retried approval overwrites, never doubles.
 */
import type { Contract } from '../model.js';
import type { ActivationRequest, RequestedBenefit } from '../repositories.js';
import type { EnteredIds } from './activationTypes.js';
import { resolveIds, type IdSource } from './contractIds.js';

const DAY_MS = 86_400_000;

/** The last valid day of a one-year term starting on `start` (yyyy-mm-dd). */
export function oneYearEnd(start: string): string {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y + 1, m - 1, d) - DAY_MS).toISOString().slice(0, 10);
}

export function contractKey(request: ActivationRequest, benefit: RequestedBenefit['benefit']): string {
  return `${request.id}-${benefit}`;
}

export type BuiltContracts = { ok: true; contracts: Contract[] } | { ok: false; field: string };

export function buildContracts(
  request: ActivationRequest,
  benefits: readonly RequestedBenefit[],
  entered: EnteredIds,
  ids: IdSource,
  today: string,
): BuiltContracts {
  const contracts: Contract[] = [];
  for (const planned of benefits) {
    const resolved = resolveIds(entered[planned.benefit], ids);
    if ('invalid' in resolved) return { ok: false, field: `${planned.benefit}.${resolved.invalid}` };
    const contract: Contract = {
      id: contractKey(request, planned.benefit),
      tenantId: request.tenantId,
      benefit: planned.benefit,
      incidentsTotal: planned.incidents,
      incidentsRemaining: planned.incidents,
      startDate: today,
      endDate: oneYearEnd(today),
      ...resolved,
      associations: [],
    };
    contracts.push(planned.cloudPackage ? { ...contract, cloudPackage: planned.cloudPackage } : contract);
  }
  return { ok: true, contracts };
}

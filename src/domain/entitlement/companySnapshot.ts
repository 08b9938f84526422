/**
 * Everything the bot knows about a known user's company at one moment: who
 * asks, the company, what its offers entitle it to, its contracts and where
 * each stands today. Answers and routing decisions both start from it.
 */
import type { Company, Contract, Person } from '../model.js';
import type { ContractRepository } from '../repositories.js';
import type { EntitlementService } from './entitlementService.js';
import type { CompanyEntitlement, ContractStanding } from './entitlementTypes.js';

export interface CompanySnapshot {
  readonly person: Person;
  readonly company: Company;
  readonly entitlement: CompanyEntitlement;
  readonly contracts: readonly Contract[];
  readonly standings: readonly ContractStanding[];
  /** yyyy-mm-dd the standings were computed for. */
  readonly today: string;
}

export async function takeCompanySnapshot(
  person: Person,
  company: Company,
  deps: { readonly entitlements: EntitlementService; readonly contracts: ContractRepository },
  today: string,
): Promise<CompanySnapshot> {
  const [entitlement, contracts] = await Promise.all([deps.entitlements.forCompany(company), deps.contracts.listByTenant(company.tenantId)]);
  return { person, company, entitlement, contracts, standings: deps.entitlements.remaining(contracts, today), today };
}

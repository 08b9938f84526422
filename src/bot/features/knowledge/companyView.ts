/**
 * What the store says about a known asker: their company, its combined
 * entitlement and where each contract stands today. Loaded per turn (the
 * store is the truth; nothing is cached between turns).
 */
import type { Company, Contract, Person } from '../../../domain/model.js';
import { contractStandings, type CompanyEntitlement, type ContractStanding } from '../../../domain/entitlement/index.js';
import type { BotServices } from '../../botServices.js';
import type { TurnRequest } from '../../turnRequest.js';

export interface CompanyView {
  readonly person: Person;
  readonly company: Company;
  readonly entitlement: CompanyEntitlement;
  readonly contracts: readonly Contract[];
  readonly standings: readonly ContractStanding[];
  readonly today: string;
}

export async function companyView(request: TurnRequest, services: BotServices): Promise<CompanyView | undefined> {
  const { requester } = request;
  if (!requester.known) return undefined;
  const today = services.clock.today();
  const [entitlement, contracts] = await Promise.all([
    services.entitlements.forCompany(requester.company),
    services.repos.contracts.listByTenant(requester.company.tenantId),
  ]);
  return { person: requester.person, company: requester.company, entitlement, contracts, standings: contractStandings(contracts, today), today };
}

/** The product-support contract, if the company has one (activated companies do). */
export function productSupportStanding(view: CompanyView): ContractStanding | undefined {
  return view.standings.find((s) => s.benefit === 'productSupport');
}

export function cloudStanding(view: CompanyView): ContractStanding | undefined {
  return view.standings.find((s) => s.benefit === 'signatureCloudSupport');
}

/** True when the company holds an offer but no offer grants Signature Cloud Support (Action Pack). */
export function hasNoCloudSupport(view: CompanyView): boolean {
  return view.company.offers.length > 0 && (view.entitlement.cloudSupport === null || view.entitlement.cloudSupport.package === 'none');
}

/**
 * What the store says about a known asker: their company, its combined
 * entitlement and where each contract stands today. Loaded per turn (the
 * store is the truth; nothing is cached between turns).
 */
import { takeCompanySnapshot, type CompanySnapshot, type ContractStanding } from '../../../domain/entitlement/index.js';
import type { ProgramData } from '../../../domain/entitlement/programData.js';
import type { Language } from '../../../domain/model.js';
import type { KnowledgeServices } from './knowledgeServices.js';
import type { TurnRequest } from '../../turnRequest.js';

/** A known user's company as the knowledge answers see it. */
export type CompanyView = CompanySnapshot;

async function companyView(request: TurnRequest, services: KnowledgeServices): Promise<CompanyView | undefined> {
  const { requester } = request;
  if (!requester.known) return undefined;
  return takeCompanySnapshot(requester.person, requester.company, { entitlements: services.entitlements, contracts: services.repos.contracts }, services.clock.today());
}

export interface AskerContext {
  readonly language: Language;
  readonly program: ProgramData;
  /** The asker's company, when the directory knows them. */
  readonly view: CompanyView | undefined;
}

/** What every topic starts from: the reply's language, the program's data and the asker's company. */
export async function askerContext(request: TurnRequest, services: KnowledgeServices): Promise<AskerContext> {
  return { language: request.language, program: services.program, view: await companyView(request, services) };
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

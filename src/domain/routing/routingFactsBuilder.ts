/**
 * Builds the routing facts from what the store says about the user and their
 * company. Pure: the caller loads contracts and entitlements; nothing the
 * message claims about roles or contracts is ever trusted.
 */
import type { CompanySnapshot, ContractStanding, ContractState } from '../entitlement/index.js';
import type { BenefitKind } from '../model.js';
import type { ContractFact, RoutingFacts, RoutingProductKind } from './routingFacts.js';

export interface RoutingSubject {
  /** A product id from products.json, when known. */
  readonly product?: string;
  readonly productKind?: 'cloud' | 'onPremises';
  readonly oldProduct?: boolean;
  readonly forCustomer: boolean;
  readonly customerKnown: boolean;
}

/** Which contract speaks for a benefit when a company holds several: the most usable one. */
const STATE_ORDER: readonly ContractState[] = ['active', 'notStarted', 'usedUp', 'expired'];

export function bestStanding(standings: readonly ContractStanding[], benefit: BenefitKind): ContractStanding | undefined {
  return standings
    .filter((s) => s.benefit === benefit)
    .sort((a, b) => STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state) || b.daysUntilEnd - a.daysUntilEnd)[0];
}

function contractFact(standing: ContractStanding | undefined): ContractFact {
  return standing?.state ?? 'none';
}

export function buildRoutingFacts(picture: CompanySnapshot, subject: RoutingSubject): RoutingFacts {
  const { person, company, entitlement, contracts, standings } = picture;
  const cloud = bestStanding(standings, 'signatureCloudSupport');
  const cloudContract = cloud ? contracts.find((c) => c.id === cloud.id) : undefined;
  const productKind: RoutingProductKind = subject.productKind ?? 'unknown';
  return {
    known: true,
    forCustomer: subject.forCustomer,
    customerKnown: subject.customerKnown,
    adminAgent: person.roles.includes('adminAgent'),
    companyCsp: company.csp,
    activation: company.activation.status,
    product: subject.product ?? 'unknown',
    productKind,
    oldProduct: subject.oldProduct === true,
    cloudEntitlement: entitlement.cloudSupport?.package ?? 'none',
    productEntitlement: entitlement.productSupport !== null,
    cloudContract: contractFact(cloud),
    productContract: contractFact(bestStanding(standings, 'productSupport')),
    cloudContractLinkedHere:
      cloudContract?.associations.some((a) => a.aadObjectId === person.aadObjectId && a.portal === 'azure') ?? false,
  };
}

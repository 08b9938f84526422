/**
 * The facts the routing rules (src/rules/routing.json) read, and the routes
 * they may choose. Facts are plain values so the rules stay data and the
 * property tests can enumerate every combination.
 */
import type { ActivationStatus } from '../model.js';
import type { CloudSupportPackage, ContractState } from '../entitlement/index.js';

export const ROUTES = [
  'cspServiceRequest',
  /** How CSP customer requests work in general: for users the directory does not know. */
  'cspGeneral',
  'signatureCloud',
  'productSupport',
  'notEligible',
  'notPermitted',
  'activateFirst',
  'helpdesk',
  'askCustomer',
  'askProduct',
] as const;
export type Route = (typeof ROUTES)[number];

export function isRoute(value: unknown): value is Route {
  return typeof value === 'string' && (ROUTES as readonly string[]).includes(value);
}

export type RoutingProductKind = 'cloud' | 'onPremises' | 'unknown';
export type ContractFact = ContractState | 'none';

export interface RoutingFacts {
  readonly known: boolean;
  readonly forCustomer: boolean;
  readonly customerKnown: boolean;
  readonly adminAgent: boolean;
  readonly companyCsp: boolean;
  readonly activation: ActivationStatus;
  /** A product id from products.json, or 'unknown'. */
  readonly product: string;
  readonly productKind: RoutingProductKind;
  readonly oldProduct: boolean;
  readonly cloudEntitlement: CloudSupportPackage;
  readonly productEntitlement: boolean;
  readonly cloudContract: ContractFact;
  readonly productContract: ContractFact;
  readonly cloudContractLinkedHere: boolean;
}

/**
 * The facts of a user the directory does not know: nothing about them is
 * assumed. Only what their message itself says (a request for a customer)
 * is filled in by the routing service.
 */
export const UNKNOWN_USER_FACTS: RoutingFacts = {
  known: false,
  forCustomer: false,
  customerKnown: false,
  adminAgent: false,
  companyCsp: false,
  activation: 'notActivated',
  product: 'unknown',
  productKind: 'unknown',
  oldProduct: false,
  cloudEntitlement: 'none',
  productEntitlement: false,
  cloudContract: 'none',
  productContract: 'none',
  cloudContractLinkedHere: false,
};

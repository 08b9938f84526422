/**
 * What the activation walk-through decides. Every check carries the rules
 * that fired, so the bot can say why; requests and decisions are plain data.
 */
import type { Company, Contract, Person } from '../model.js';
import type { ActivationRequest, RequestedBenefit } from '../repositories.js';

/** The checks of the program's published support-benefits article, in the order Partner Center applies them. */
export const ACTIVATION_OUTCOMES = [
  'unknownUser',
  'notAuthorized',
  'noBenefits',
  'notAdmin',
  'alreadyActivated',
  'alreadyRequested',
  'mayActivate',
] as const;

export type ActivationOutcome = (typeof ACTIVATION_OUTCOMES)[number];

export interface ActivationCheck {
  readonly outcome: ActivationOutcome;
  /** The rule that decided. */
  readonly rule: string;
  /** Every rule that fired, deciding one first. */
  readonly rules: readonly string[];
}

/** The benefits an activation would give, as the entitlement rules derive them. */
export interface ActivationPlan {
  readonly benefits: readonly RequestedBenefit[];
  /** True when the rules give the company no cloud support at all (Action Pack). */
  readonly cloudExcluded: boolean;
  readonly rules: readonly string[];
}

/** An Access ID and Contract ID pair a helpdesk agent may type; blank ones are generated. */
export interface ContractIds {
  readonly accessId: string;
  readonly contractId: string;
}

export type EnteredIds = Partial<Record<RequestedBenefit['benefit'], Partial<ContractIds>>>;

export type RequestResult =
  | { readonly ok: true; readonly request: ActivationRequest; readonly created: boolean; readonly company: Company }
  | { readonly ok: false; readonly check: ActivationCheck };

export type DecisionResult =
  | {
      readonly ok: true;
      readonly request: ActivationRequest;
      readonly contracts: readonly Contract[];
      /** False when the request was already decided: nothing was done. */
      readonly changed: boolean;
      /** Whether the requester was told (only when changed). */
      readonly notified?: boolean;
    }
  | { readonly ok: false; readonly problem: 'notFound' | 'invalidIds'; readonly field?: string };

/** Who decided: a helpdesk agent, or the demo processor. */
export type Decider = { readonly kind: 'agent'; readonly person: Person } | { readonly kind: 'system'; readonly name: string };

export function deciderId(decider: Decider): string {
  return decider.kind === 'agent' ? decider.person.aadObjectId : decider.name;
}

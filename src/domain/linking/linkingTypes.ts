/**
 * The vocabulary of linking a contract to an account and of diagnosing the
 * Azure portal's "Access ID is already associated" error. Types only.
 */
import type { Contract, LinkPortal } from '../model.js';

/** Which support the user wants: Support for Business (on-premises) or the Azure portal (cloud). */
export type SupportKind = 'onPremises' | 'cloud';
export const SUPPORT_KINDS: readonly SupportKind[] = ['onPremises', 'cloud'];

export function isSupportKind(value: unknown): value is SupportKind {
  return typeof value === 'string' && (SUPPORT_KINDS as readonly string[]).includes(value);
}

/** Where the association is recorded for each kind of support. */
export const PORTAL_FOR: Readonly<Record<SupportKind, LinkPortal>> = { onPremises: 'supportForBusiness', cloud: 'azure' };

/** IDs as typed: untrusted, possibly missing. */
export interface TypedIds {
  readonly accessId?: string;
  readonly contractId?: string;
}

export const LINK_OUTCOMES = [
  'noCloudSupport',
  'badFormat',
  'notFound',
  'expired',
  'notStarted',
  'usedUp',
  'productContractForCloud',
  'cloudContractForOnPremises',
  'linkedToOther',
  'alreadyLinked',
  'linked',
] as const;
export type LinkOutcomeCode = (typeof LINK_OUTCOMES)[number];

export interface LinkOutcome {
  readonly code: LinkOutcomeCode;
  readonly support: SupportKind;
  /** Names of every rule that fired, the deciding one first: the "why". */
  readonly rules: readonly string[];
  /** Only for a contract of the user's own company. */
  readonly contract?: Contract;
  /** Names of the other people the contract is associated with (linkedToOther). */
  readonly otherPeople?: readonly string[];
  /** The association was written by this attempt (false when it already existed). */
  readonly saved: boolean;
}

export const SCENARIOS = ['A', 'B', 'otherPerson', 'noCloudSupport', 'general'] as const;
export type ScenarioCode = (typeof SCENARIOS)[number];
export type ScenarioReason = 'expired' | 'usedUp';

/**
 * The case a user describes in their own words ("we added it in Support for
 * Business first", "it expired", "the 5pack is used up"). It overrides what
 * the store says: the diagnosis is for the situation described.
 */
export type StatedContractCase = 'alreadyAdded' | 'expired' | 'usedUp';

export interface Diagnosis {
  readonly scenario: ScenarioCode;
  /** Decided on the case the user described rather than on stored contracts. */
  readonly stated?: StatedContractCase;
  readonly reason?: ScenarioReason;
  readonly rules: readonly string[];
  readonly contract?: Contract;
  readonly otherPeople?: readonly string[];
  /** The user pasted IDs that match no contract of their company. */
  readonly pastedIdsUnknown: boolean;
}

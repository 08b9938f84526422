/**
 * What the entitlement rules decide, per offer and per company. Every value
 * carries the rule names (and, combined, the offers) it came from, so the bot
 * can answer "why".
 */
import type { BenefitId, BenefitKind, CloudPackage, Offer } from '../model.js';

/** Action Pack's "not included" is a package too, so the answer is explicit. */
export type CloudSupportPackage = 'none' | CloudPackage;

export interface ProductSupportGrant {
  readonly incidents: number;
  readonly rule: string;
}

export interface CloudSupportGrant {
  readonly package: CloudSupportPackage;
  /** null = unlimited; 0 when the package is "none". */
  readonly incidents: number | null;
  readonly rule: string;
}

/**
 * One benefit an offer grants, whatever the benefit: the amount in the unit
 * program.json names for it. Product and cloud support appear here too, so
 * answers can list every declared benefit the same way.
 */
export interface BenefitGrant {
  readonly benefit: BenefitId;
  /** null = unlimited. */
  readonly amount: number | null;
  /** A named package instead of a bare amount (Signature Cloud Support's "5pack", "none"). */
  readonly package?: string;
  readonly rule: string;
}

/** A benefit as a company holds it, all its offers combined. */
export interface CombinedBenefit {
  readonly benefit: BenefitId;
  readonly amount: number | null;
  readonly package?: string;
  /** The offers that set the amount. */
  readonly from: readonly Offer[];
  readonly rules: readonly string[];
}

export interface OfferEntitlement {
  readonly offer: Offer;
  /** False for Action Pack, other competencies and ids program.json does not list. */
  readonly competencyCloud: boolean;
  /** null when no rule grants it (a gap in the rule data). */
  readonly productSupport: ProductSupportGrant | null;
  readonly cloudSupport: CloudSupportGrant | null;
  /** Every benefit granted, product and cloud support included, in program.json's order. */
  readonly grants: readonly BenefitGrant[];
  /** Every rule that fired for this offer. */
  readonly rules: readonly string[];
}

export interface CombinedProductSupport {
  readonly incidents: number;
  /** The offers that set the count (one under "highestOffer"). */
  readonly from: readonly Offer[];
  readonly rules: readonly string[];
}

export interface CombinedCloudSupport {
  readonly package: CloudSupportPackage;
  readonly incidents: number | null;
  /** The offers (competencies) that set the entitlement. */
  readonly from: readonly Offer[];
  readonly rules: readonly string[];
}

export type ProductSupportCombination = 'highestOffer' | 'sum';
export type CloudSupportCombination = 'bestCompetency' | 'sum';

export type BenefitCombination = 'highestOffer' | 'sum';

export interface CombinationPolicy {
  readonly productSupport: ProductSupportCombination;
  readonly cloudSupport: CloudSupportCombination;
  /** Per other benefit; one not listed follows "highestOffer". */
  readonly benefits: Readonly<Record<BenefitId, BenefitCombination>>;
}

export interface CompanyEntitlement {
  readonly tenantId: string;
  readonly offers: readonly OfferEntitlement[];
  /** null when the company holds no offer granting it ("no benefits yet"). */
  readonly productSupport: CombinedProductSupport | null;
  readonly cloudSupport: CombinedCloudSupport | null;
  /** Every benefit held, product and cloud support included, in program.json's order. */
  readonly grants: readonly CombinedBenefit[];
  /** The policy applied, so the bot can say "offers do not add up". */
  readonly policy: CombinationPolicy;
}

export type ContractState = 'active' | 'expired' | 'usedUp' | 'notStarted';

export interface ContractStanding {
  /** Contract.id (store key); the Access ID and Contract ID are deliberately not copied. */
  readonly id: string;
  readonly benefit: BenefitKind;
  readonly cloudPackage?: CloudPackage;
  /** null = unlimited. */
  readonly total: number | null;
  readonly remaining: number | null;
  readonly startDate: string;
  readonly endDate: string;
  readonly state: ContractState;
  /** Days from today to the end date, inclusive of neither; negative once expired. */
  readonly daysUntilEnd: number;
}


/**
 * Typed access to src/rules/program.json: the program's reference data
 * (offers, competencies, roles that may activate, links, paid plans). Built
 * only by parseProgramData, which has already checked every field.
 */
import type { BenefitId, CompetencyId, OfferLevel, Role } from '../model.js';
import type { CloudSupportPackage } from './entitlementTypes.js';

export interface LocalizedText {
  readonly en: string;
  readonly ja: string;
}

/** Words per language, e.g. what people type for an offer or a benefit. */
export interface LocalizedTerms {
  readonly en: readonly string[];
  readonly ja: readonly string[];
}

export interface OfferInfo {
  readonly level: OfferLevel;
  /** Higher rank = higher offer; decides "the highest offer held" and the order answers list offers in. */
  readonly rank: number;
  readonly names: LocalizedText;
  /** How sentences listing every offer name it ("Action Pack, Silver or Gold"); its names when program.json gives none. */
  readonly shortNames: LocalizedText;
  /** Whether the offer is held in a competency (Silver, Gold) or alone (Action Pack). */
  readonly competency: boolean;
  /** Other words people use for it, misspellings included (the names always count). */
  readonly words: LocalizedTerms;
}

export interface CompetencyInfo {
  readonly id: CompetencyId;
  readonly cloud: boolean;
  readonly names: LocalizedText;
}

/** A benefit the offers grant (program.json "benefits"); the rules set its amount per offer. */
export interface BenefitInfo {
  readonly id: BenefitId;
  readonly names: LocalizedText;
  /** What an amount counts: "incidents", "hours". */
  readonly unit: LocalizedText;
  /** Other words people use for it, per language (the names always count). */
  readonly terms: LocalizedTerms;
}

export const LINK_IDS = [
  'supportForBusinessCreate',
  'partnerCenterCustomers',
  'partnerCenterDashboard',
  'azurePortal',
  'nMinusOnePolicy',
  'premierSupport',
  'advancedSupport',
  'comparePlans',
  'incidentsRemainingArticle',
] as const;
export type LinkId = (typeof LINK_IDS)[number];

export type PaidPlanScope = 'allProducts' | 'cloudOnly';

export interface PaidPlan {
  readonly id: string;
  readonly names: LocalizedText;
  readonly scope: PaidPlanScope;
  readonly summary: LocalizedText;
  readonly url: string;
}

export interface ProgramDataContent {
  /** Lowest to highest rank. */
  readonly offers: readonly OfferInfo[];
  readonly competencies: readonly CompetencyInfo[];
  /** In program.json's order, which is the order answers list them in. */
  readonly benefits: readonly BenefitInfo[];
  readonly cloudPackageNames: Readonly<Record<CloudSupportPackage, LocalizedText>>;
  readonly rolesThatMayActivate: readonly Role[];
  readonly activationProcessingTime: LocalizedText;
  readonly links: Readonly<Record<LinkId, string>>;
  readonly paidPlans: readonly PaidPlan[];
}

export class ProgramData {
  constructor(private readonly content: ProgramDataContent) {}

  /** Lowest to highest rank. */
  offers(): readonly OfferInfo[] {
    return this.content.offers;
  }

  /** The offers held in a competency (Silver, Gold), lowest first. */
  offersWithCompetency(): OfferInfo[] {
    return this.content.offers.filter((o) => o.competency);
  }

  hasOffer(level: string): boolean {
    return this.content.offers.some((o) => o.level === level);
  }

  /** Ids reaching here were checked against program.json where they entered; another one is a broken invariant. */
  offer(level: OfferLevel): OfferInfo {
    const offer = this.content.offers.find((o) => o.level === level);
    if (offer === undefined) throw new Error(`offer "${level}" is not declared in program.json`);
    return offer;
  }

  competencies(): readonly CompetencyInfo[] {
    return this.content.competencies;
  }

  cloudCompetencies(): CompetencyInfo[] {
    return this.content.competencies.filter((c) => c.cloud);
  }

  /** Undefined for an id program.json does not list. */
  competency(id: CompetencyId): CompetencyInfo | undefined {
    return this.content.competencies.find((c) => c.id === id);
  }

  isCloudCompetency(id: CompetencyId): boolean {
    return this.competency(id)?.cloud ?? false;
  }

  benefits(): readonly BenefitInfo[] {
    return this.content.benefits;
  }

  /** Undefined for an id program.json does not declare. */
  benefit(id: BenefitId): BenefitInfo | undefined {
    return this.content.benefits.find((b) => b.id === id);
  }

  /** The benefit's name; its id when program.json does not declare it (rules are checked against it at start-up). */
  benefitName(id: BenefitId): LocalizedText {
    return this.benefit(id)?.names ?? { en: id, ja: id };
  }

  cloudPackageName(pkg: CloudSupportPackage): LocalizedText {
    return this.content.cloudPackageNames[pkg];
  }

  rolesThatMayActivate(): readonly Role[] {
    return this.content.rolesThatMayActivate;
  }

  mayActivate(roles: readonly Role[]): boolean {
    return roles.some((role) => this.content.rolesThatMayActivate.includes(role));
  }

  activationProcessingTime(): LocalizedText {
    return this.content.activationProcessingTime;
  }

  link(id: LinkId): string {
    return this.content.links[id];
  }

  paidPlans(): readonly PaidPlan[] {
    return this.content.paidPlans;
  }
}

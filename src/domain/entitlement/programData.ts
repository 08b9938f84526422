/**
 * Typed access to src/rules/program.json: the program's reference data
 * (offers, competencies, roles that may activate, links, paid plans). Built
 * only by parseProgramData, which has already checked every field.
 */
import type { BenefitKind, CompetencyId, OfferLevel, Role } from '../model.js';
import type { CloudSupportPackage } from './entitlementTypes.js';

export interface LocalizedText {
  readonly en: string;
  readonly ja: string;
}

export interface OfferInfo {
  readonly level: OfferLevel;
  /** Higher rank = higher offer; decides "the highest offer held". */
  readonly rank: number;
  readonly names: LocalizedText;
}

export interface CompetencyInfo {
  readonly id: CompetencyId;
  readonly cloud: boolean;
  readonly names: LocalizedText;
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
  readonly offers: Readonly<Record<OfferLevel, OfferInfo>>;
  readonly competencies: readonly CompetencyInfo[];
  readonly benefitNames: Readonly<Record<BenefitKind, LocalizedText>>;
  readonly cloudPackageNames: Readonly<Record<CloudSupportPackage, LocalizedText>>;
  readonly rolesThatMayActivate: readonly Role[];
  readonly activationProcessingTime: LocalizedText;
  readonly links: Readonly<Record<LinkId, string>>;
  readonly paidPlans: readonly PaidPlan[];
}

export class ProgramData {
  constructor(private readonly content: ProgramDataContent) {}

  /** Lowest to highest rank. */
  offers(): OfferInfo[] {
    return Object.values(this.content.offers).sort((a, b) => a.rank - b.rank);
  }

  offer(level: OfferLevel): OfferInfo {
    return this.content.offers[level];
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

  benefitName(benefit: BenefitKind): LocalizedText {
    return this.content.benefitNames[benefit];
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

/**
 * The entitlement table of domain §3, computed from the rules rather than
 * written down: each offer is evaluated once with a cloud competency and once
 * with another one, so an edit of entitlements.json changes every answer.
 */
import type { Language, OfferLevel } from '../../../domain/model.js';
import { isDataOnlyBenefit, type CompanyEntitlement, type OfferEntitlement, type ProgramData } from '../../../domain/entitlement/index.js';
import type { AnswerSection } from '../../cards/answerCard.js';
import type { KnowledgeServices } from './knowledgeServices.js';
import { offerRuleWhy } from './answerContext.js';
import { entitlementMessages } from './messages/entitlementMessages.js';
import { benefitAmount, benefitFact, offerName } from '../../presentation/index.js';


export interface OfferRow {
  readonly level: OfferLevel;
  /** Evaluated with a cloud competency and without one (an "other" competency). */
  readonly withCloud: OfferEntitlement;
  readonly withOther: OfferEntitlement;
}

/** True when the competency changes nothing for cloud support (e.g. Action Pack). */
export function cloudIndependent(row: OfferRow): boolean {
  return row.withCloud.cloudSupport?.package === row.withOther.cloudSupport?.package;
}

export async function offerRow(services: KnowledgeServices, level: OfferLevel): Promise<OfferRow> {
  const cloudId = services.program.cloudCompetencies()[0]?.id;
  const [withCloud, withOther] = await Promise.all([
    services.entitlements.forOffer(cloudId === undefined ? { level } : { level, competency: cloudId }),
    services.entitlements.forOffer({ level }),
  ]);
  return { level, withCloud, withOther };
}

export async function entitlementTable(services: KnowledgeServices): Promise<OfferRow[]> {
  return Promise.all(services.program.offers().map((o) => offerRow(services, o.level)));
}

/** "20 incidents (recent on-premises products only)" or "not included". */
export function productValue(entitlement: OfferEntitlement, language: Language): string {
  const m = entitlementMessages.for(language);
  return entitlement.productSupport ? m('productCount', { count: entitlement.productSupport.incidents }) : m('notIncluded');
}

/** The cloud entitlement of an offer, split by competency kind where that matters. */
export function cloudValue(program: ProgramData, row: OfferRow, language: Language): string {
  const m = entitlementMessages.for(language);
  const cloud = program.cloudPackageName(row.withCloud.cloudSupport?.package ?? 'none')[language];
  if (cloudIndependent(row)) return cloud;
  return m('cloudByCompetency', { cloud, other: program.cloudPackageName(row.withOther.cloudSupport?.package ?? 'none')[language] });
}

/** The short form for one-sentence summaries: "unlimited incidents with a cloud competency, … with any other". */
export function cloudCompactValue(program: ProgramData, row: OfferRow, language: Language): string {
  const name = (grant: OfferEntitlement['cloudSupport']): string => program.cloudPackageName(grant?.package ?? 'none')[language];
  if (cloudIndependent(row)) return name(row.withCloud.cloudSupport);
  return entitlementMessages.for(language)('cloudCompact', { cloud: name(row.withCloud.cloudSupport), other: name(row.withOther.cloudSupport) });
}

/**
 * One fact per declared benefit, in program.json's order: "Microsoft Product
 * Support (on-premises)" → "20 incidents …", the cloud line as given, and any
 * other benefit's amount in its unit.
 */
export function offerFacts(program: ProgramData, entitlement: OfferEntitlement, cloud: string, language: Language): Array<{ label: string; value: string }> {
  return program.benefits().map((benefit) => {
    if (benefit.id === 'productSupport') return { label: benefit.names[language], value: productValue(entitlement, language) };
    if (benefit.id === 'signatureCloudSupport') return { label: benefit.names[language], value: cloud };
    return benefitFact(program, benefit, entitlement.grants.find((g) => g.benefit === benefit.id), language);
  });
}

/** The cloud-competency variant of an offer, reduced to what it adds: its cloud grant. */
export function cloudPartOnly(entitlement: OfferEntitlement): OfferEntitlement {
  return { ...entitlement, productSupport: null, grants: entitlement.grants.filter((g) => g.benefit === 'signatureCloudSupport') };
}

/** One section per offer: its product-support and cloud lines. */
export function tableSections(program: ProgramData, rows: readonly OfferRow[], language: Language): AnswerSection[] {
  return rows.map((row) => ({
    heading: offerName(program, row.withOther.offer, language),
    items: offerFacts(program, row.withOther, cloudValue(program, row, language), language).map((f) => `${f.label}: ${f.value}`),
  }));
}

export function tableWhy(program: ProgramData, rows: readonly OfferRow[], language: Language): string[] {
  // The cloud-competency variant only adds its cloud rule; its product rule is the same one.
  return rows.flatMap((row) => [
    ...offerRuleWhy(program, row.withOther, language),
    ...(cloudIndependent(row) ? [] : offerRuleWhy(program, cloudPartOnly(row.withCloud), language)),
  ]);
}

/** A company's benefits that no contract shows (data-only ones), as facts. */
export function dataOnlyFacts(program: ProgramData, entitlement: CompanyEntitlement, language: Language): Array<{ label: string; value: string }> {
  return entitlement.grants
    .filter((g) => isDataOnlyBenefit(g.benefit))
    .map((g) => ({ label: program.benefitName(g.benefit)[language], value: benefitAmount(program, g, language) }));
}

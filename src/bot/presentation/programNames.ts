/**
 * The program's codes in the reader's words: roles, offers, competencies,
 * benefits and links. Names come from program.json (the program owner edits
 * them) or the shared vocabulary; people never see "globalAdmin" or
 * "gold: cloudPlatform".
 */
import type { CloudSupportPackage, LinkId, OfferInfo, ProgramData } from '../../domain/entitlement/index.js';
import type { BenefitKind, Language, Offer, Role } from '../../domain/model.js';
import type { RequestedBenefit } from '../../domain/repositories.js';
import { joinList } from './lists.js';
import { vocabulary } from './vocabulary.js';

export function roleName(role: Role, language: Language): string {
  return vocabulary.for(language)(role);
}

export function rolesText(roles: readonly Role[], language: Language): string {
  return roles.length === 0 ? vocabulary.for(language)('none') : joinList(roles.map((r) => roleName(r, language)), language);
}

/** "Global admin or MPN partner admin", from program.json's activation roles. */
export function activatingRoles(program: ProgramData, language: Language): string {
  return joinList(program.rolesThatMayActivate().map((r) => roleName(r, language)), language, 'or');
}

export function competencyName(program: ProgramData, id: string, language: Language): string {
  return program.competency(id)?.names[language] ?? id;
}

/** "Gold competency (Cloud Platform)"; Action Pack has no competency. */
export function offerName(program: ProgramData, offer: Offer, language: Language): string {
  const name = program.offer(offer.level).names[language];
  return offer.competency === undefined ? name : `${name} (${competencyName(program, offer.competency, language)})`;
}

/** Offers by short name, Japanese with 、: "Action Pack, Silver or Gold" / 「Action Pack、シルバー、Gold」. */
export function offerShortNames(offers: readonly OfferInfo[], language: Language, conjunction: 'and' | 'or' = 'or'): string {
  return joinList(offers.map((o) => o.shortNames[language]), language, language === 'ja' ? 'and' : conjunction);
}

/** Every offer the program declares, by short name. */
export function everyOffer(program: ProgramData, language: Language, conjunction: 'and' | 'or' = 'or'): string {
  return offerShortNames(program.offers(), language, conjunction);
}

export function offersText(program: ProgramData, offers: readonly Offer[], language: Language): string {
  return offers.length === 0 ? vocabulary.for(language)('noOffers') : joinList(offers.map((o) => offerName(program, o, language)), language);
}

/** "Microsoft Product Support (on-premises)", "Signature Cloud Support", or the Signature pack's name. */
export function benefitName(
  program: ProgramData,
  benefit: { readonly benefit: BenefitKind; readonly cloudPackage?: CloudSupportPackage },
  language: Language,
): string {
  if (benefit.cloudPackage === '5pack') return vocabulary.for(language)('pack5');
  if (benefit.cloudPackage === '10pack') return vocabulary.for(language)('pack10');
  return program.benefitName(benefit.benefit)[language];
}

/** "12 incidents", or the name of unlimited support when there is no count. */
export function incidentsText(program: ProgramData, count: number | null, language: Language): string {
  return count === null ? program.cloudPackageName('unlimited')[language] : vocabulary.for(language)('incidents', { count });
}

/** What a benefit brings: "Microsoft Product Support (on-premises): 10 incidents", "Signature Cloud Support: Signature 5pack". */
export function benefitLine(program: ProgramData, benefit: RequestedBenefit, language: Language): string {
  const amount = benefit.cloudPackage ? program.cloudPackageName(benefit.cloudPackage)[language] : incidentsText(program, benefit.incidents, language);
  return `${benefitName(program, { benefit: benefit.benefit }, language)}: ${amount}`;
}

const LINK_TITLES = {
  supportForBusinessCreate: 'linkSupportForBusinessCreate',
  partnerCenterCustomers: 'linkPartnerCenterCustomers',
  partnerCenterDashboard: 'linkPartnerCenterDashboard',
  azurePortal: 'linkAzurePortal',
  nMinusOnePolicy: 'linkNMinusOnePolicy',
  premierSupport: 'linkPremierSupport',
  advancedSupport: 'linkAdvancedSupport',
  comparePlans: 'linkComparePlans',
  incidentsRemainingArticle: 'linkIncidentsRemainingArticle',
} as const satisfies Record<LinkId, keyof typeof vocabulary.en>;

export function linkTitle(id: LinkId, language: Language): string {
  return vocabulary.for(language)(LINK_TITLES[id]);
}

/** Link buttons; URLs always come from program.json. */
export function links(program: ProgramData, ids: readonly LinkId[], language: Language): Array<{ title: string; url: string }> {
  return ids.map((id) => ({ title: linkTitle(id, language), url: program.link(id) }));
}

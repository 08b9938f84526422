/**
 * Turns program data into words in the asker's language. Names come from
 * program.json (the program owner edits them); only the glue is ours.
 */
import type { AccountAssociation, ActivationStatus, Language, Offer, Role } from '../../../domain/model.js';
import type { CloudSupportPackage, LinkId, ProgramData } from '../../../domain/entitlement/index.js';
import { commonMessages } from './messages/commonMessages.js';

type CommonKey = keyof typeof commonMessages.en;

/** "A, B and C" / "A、B、C" ("A or B" / "A または B" for a choice): lists read naturally in each language. */
export function joinList(items: readonly string[], language: Language, conjunction: 'and' | 'or' = 'and'): string {
  if (language === 'ja') return items.join(conjunction === 'or' ? ' または ' : '、');
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

export function competencyName(program: ProgramData, id: string, language: Language): string {
  return program.competency(id)?.names[language] ?? id;
}

/** "Gold competency (Cloud Platform)"; Action Pack has no competency. */
export function offerName(program: ProgramData, offer: Offer, language: Language): string {
  const name = program.offer(offer.level).names[language];
  return offer.competency === undefined ? name : `${name} (${competencyName(program, offer.competency, language)})`;
}

export function offersText(program: ProgramData, offers: readonly Offer[], language: Language): string {
  const m = commonMessages.for(language);
  return offers.length === 0 ? m('noOffers') : joinList(offers.map((o) => offerName(program, o, language)), language);
}

/** Role names as the Partner Center article calls them (domain §10 for Japanese). */
const ROLE_NAMES: Readonly<Record<Role, Readonly<Record<Language, string>>>> = {
  globalAdmin: { en: 'Global admin', ja: 'グローバル管理者' },
  mpnPartnerAdmin: { en: 'MPN partner admin', ja: 'MPN パートナー管理者' },
  adminAgent: { en: 'Admin agent', ja: '管理エージェント' },
  helpdeskAgent: { en: 'helpdesk agent', ja: 'ヘルプデスク担当者' },
};

export function roleName(role: Role, language: Language): string {
  return ROLE_NAMES[role][language];
}

/** "Global admin or MPN partner admin", from program.json's activation roles. */
export function activatingRoles(program: ProgramData, language: Language): string {
  const names = program.rolesThatMayActivate().map((r) => roleName(r, language));
  if (language === 'ja') return names.join(' または ');
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

export function rolesText(roles: readonly Role[], language: Language): string {
  return roles.length === 0 ? commonMessages.for(language)('none') : joinList(roles.map((r) => roleName(r, language)), language);
}

export function associationText(association: AccountAssociation, language: Language): string {
  const key: CommonKey = association.mpn ? (association.csp ? 'assocMpnAndCsp' : 'assocMpn') : association.csp ? 'assocCsp' : 'assocNeither';
  return commonMessages.for(language)(key);
}

export function activationText(status: ActivationStatus, language: Language): string {
  const key: CommonKey = status === 'activated' ? 'statusActivated' : status === 'pending' ? 'statusPending' : 'statusNotActivated';
  return commonMessages.for(language)(key);
}

/** "Signature Cloud Support: unlimited incidents" or the program's "not included". */
export function cloudGrantText(program: ProgramData, grant: { readonly package: CloudSupportPackage } | null, language: Language): string {
  const name = program.cloudPackageName(grant?.package ?? 'none')[language];
  return `${program.benefitName('signatureCloudSupport')[language]}: ${name}`;
}

const LINK_TITLES: Readonly<Record<LinkId, CommonKey>> = {
  supportForBusinessCreate: 'linkSupportForBusinessCreate',
  partnerCenterCustomers: 'linkPartnerCenterCustomers',
  partnerCenterDashboard: 'linkPartnerCenterDashboard',
  azurePortal: 'linkAzurePortal',
  nMinusOnePolicy: 'linkNMinusOnePolicy',
  premierSupport: 'linkPremierSupport',
  advancedSupport: 'linkAdvancedSupport',
  comparePlans: 'linkComparePlans',
  incidentsRemainingArticle: 'linkIncidentsRemainingArticle',
};

/** Link buttons; URLs always come from program.json. */
export function links(program: ProgramData, ids: readonly LinkId[], language: Language): Array<{ title: string; url: string }> {
  const m = commonMessages.for(language);
  return ids.map((id) => ({ title: m(LINK_TITLES[id]), url: program.link(id) }));
}

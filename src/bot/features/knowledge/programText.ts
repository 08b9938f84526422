/**
 * Knowledge answers' own wording of the program's states: account
 * association, activation status and the cloud grant. Names of offers, roles,
 * benefits, links, dates and lists come from src/bot/presentation.
 */
import type { AccountAssociation, ActivationStatus, Language } from '../../../domain/model.js';
import type { CloudSupportPackage, ProgramData } from '../../../domain/entitlement/index.js';
import { commonMessages } from './messages/commonMessages.js';

type CommonKey = keyof typeof commonMessages.en;

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

/**
 * The company's offers, its benefits and its contracts in the reader's
 * language, from program.json's names. Access and Contract IDs are shown whole
 * only where `visible` says so (maySeeContractSecrets decides).
 */
import type { ProgramData } from '../../../domain/entitlement/programData.js';
import type { Company, Contract, Language } from '../../../domain/model.js';
import { shownSecret } from '../../../domain/contractSecrets.js';
import type { RequestedBenefit } from '../../../domain/repositories.js';
import type { AnswerSection } from '../../cards/answerCard.js';
import { activationMessages } from './activationMessages.js';
import { formatDate } from './wording.js';

export function offerNames(company: Company, program: ProgramData, language: Language): string {
  return company.offers
    .map((offer) => {
      const name = program.offer(offer.level).names[language];
      const competency = offer.competency ? program.competency(offer.competency)?.names[language] ?? offer.competency : undefined;
      return competency ? `${name} (${competency})` : name;
    })
    .join(language === 'ja' ? '、' : ', ');
}

export function benefitLine(benefit: RequestedBenefit, program: ProgramData, language: Language): string {
  const m = activationMessages.for(language);
  const name = program.benefitName(benefit.benefit)[language];
  if (benefit.cloudPackage) return `${name}: ${program.cloudPackageName(benefit.cloudPackage)[language]}`;
  return `${name}: ${benefit.incidents === null ? program.cloudPackageName('unlimited')[language] : m('incidents', { count: benefit.incidents })}`;
}

export function benefitLines(benefits: readonly RequestedBenefit[], cloudExcluded: boolean, program: ProgramData, language: Language): string[] {
  const lines = benefits.map((b) => benefitLine(b, program, language));
  if (cloudExcluded) lines.push(activationMessages.for(language)('cloudExcluded'));
  return lines;
}

export function contractFacts(
  contracts: readonly Contract[],
  visible: (contract: Contract) => boolean,
  program: ProgramData,
  language: Language,
): Array<{ label: string; value: string }> {
  const m = activationMessages.for(language);
  return contracts.flatMap((c) => {
    const name = program.benefitName(c.benefit)[language];
    const show = (secret: string): string => shownSecret(secret, visible(c));
    return [
      { label: `${name} · ${m('accessId')}`, value: show(c.accessId) },
      { label: `${name} · ${m('contractId')}`, value: show(c.contractId) },
      { label: `${name} · ${m('validity')}`, value: m('validityValue', { start: formatDate(c.startDate, language), end: formatDate(c.endDate, language) }) },
    ];
  });
}

/** On-premises via Support for Business; cloud via Link support benefits, only when a cloud contract exists. */
export function nextSteps(contracts: readonly Contract[], language: Language): AnswerSection {
  const m = activationMessages.for(language);
  const items = [m('nextOnPrem')];
  if (contracts.some((c) => c.benefit === 'signatureCloudSupport')) items.push(m('nextCloud'));
  return { heading: m('nextHeading'), items, numbered: true };
}

export function nextStepLinks(contracts: readonly Contract[], program: ProgramData, language: Language): Array<{ title: string; url: string }> {
  const m = activationMessages.for(language);
  const links = [{ title: m('supportForBusiness'), url: program.link('supportForBusinessCreate') }];
  if (contracts.some((c) => c.benefit === 'signatureCloudSupport')) links.push({ title: m('azurePortal'), url: program.link('azurePortal') });
  return links;
}

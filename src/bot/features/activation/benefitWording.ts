/**
 * The benefits an activation brings and the next steps with the contracts it
 * created, in the reader's language (names from program.json).
 */
import type { ProgramData } from '../../../domain/entitlement/programData.js';
import type { Contract, Language } from '../../../domain/model.js';
import type { RequestedBenefit } from '../../../domain/repositories.js';
import type { AnswerSection } from '../../cards/answerCard.js';
import { activationMessages } from './activationMessages.js';

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

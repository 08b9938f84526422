/**
 * What to do with the contracts an activation created: open on-premises
 * requests in Support for Business, and link a cloud contract in the Azure
 * portal when there is one.
 */
import type { ProgramData } from '../../../domain/entitlement/programData.js';
import type { Contract, Language } from '../../../domain/model.js';
import type { AnswerSection } from '../../cards/answerCard.js';
import { links } from '../../presentation/index.js';
import { activationMessages } from './activationMessages.js';

function hasCloudContract(contracts: readonly Contract[]): boolean {
  return contracts.some((c) => c.benefit === 'signatureCloudSupport');
}

export function nextSteps(contracts: readonly Contract[], language: Language): AnswerSection {
  const m = activationMessages.for(language);
  return { heading: m('nextHeading'), items: [m('nextOnPrem'), ...(hasCloudContract(contracts) ? [m('nextCloud')] : [])], numbered: true };
}

export function nextStepLinks(contracts: readonly Contract[], program: ProgramData, language: Language): Array<{ title: string; url: string }> {
  return links(program, hasCloudContract(contracts) ? ['supportForBusinessCreate', 'azurePortal'] : ['supportForBusinessCreate'], language);
}

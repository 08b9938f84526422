/**
 * "Already activated": the company's contracts with their Access ID and
 * Contract ID (whole only in a 1:1 chat), and what to do next with them.
 * The completion message reuses the same parts.
 */
import type { Company, Language } from '../../../domain/model.js';
import type { BotServices } from '../../botServices.js';
import type { Answer } from '../../cards/answerCard.js';
import { activationMessages } from './activationMessages.js';
import { contractFacts, nextStepLinks, nextSteps } from './benefitWording.js';
import { formatDate } from './wording.js';

export async function activatedAnswer(company: Company, personalChat: boolean, language: Language, services: BotServices): Promise<Answer> {
  const m = activationMessages.for(language);
  const contracts = await services.repos.contracts.listByTenant(company.tenantId);
  const since = company.activation.activatedAt ? formatDate(company.activation.activatedAt, language) : '—';
  const notes = contracts.length === 0 ? [m('activatedNoContracts')] : personalChat ? [] : [m('activatedMasked')];
  return {
    title: m('title'),
    summary: m('activatedSummary', { company: company.name, date: since }),
    facts: contractFacts(contracts, personalChat, services.program, language),
    sections: contracts.length > 0 ? [nextSteps(contracts, language)] : [],
    notes,
    links: contracts.length > 0 ? nextStepLinks(contracts, services.program, language) : [],
  };
}

/**
 * "Already activated": the company's contracts with their Access ID and
 * Contract ID (whole only to whom maySeeContractSecrets allows), and what to
 * do next with them. The completion message reuses the same parts.
 */
import { maySeeContractSecrets, type SecretReader } from '../../../domain/contractSecrets.js';
import type { Company, Contract, Language } from '../../../domain/model.js';
import type { ActivationDeps } from './activationServices.js';
import type { Answer } from '../../cards/answerCard.js';
import { activationMessages } from './activationMessages.js';
import { contractStandings } from '../../../domain/entitlement/index.js';
import { contractFacts, formatDate } from '../../presentation/index.js';
import { nextStepLinks, nextSteps } from './nextSteps.js';

/** The one rule, bound to this reader and place, in the shape contractFacts takes for IDs. */
export function secretsVisibleTo(reader: SecretReader | undefined, personalChat: boolean, services: Pick<ActivationDeps, 'program'>): (contract: Contract) => boolean {
  const roles = services.program.rolesThatMayActivate();
  return (contract) => maySeeContractSecrets(reader, contract, personalChat, roles);
}

export async function activatedAnswer(company: Company, reader: SecretReader, personalChat: boolean, language: Language, services: ActivationDeps): Promise<Answer> {
  const m = activationMessages.for(language);
  const contracts = await services.repos.contracts.listByTenant(company.tenantId);
  const since = company.activation.activatedAt ? formatDate(company.activation.activatedAt, language) : '—';
  const visible = secretsVisibleTo(reader, personalChat, services);
  const hidden = contracts.some((c) => !visible(c));
  // Masked for two different reasons: the place (not a 1:1 chat) or the person (not theirs, not an admin).
  const masked = !hidden ? [] : contracts.every(secretsVisibleTo(reader, true, services)) ? [m('activatedMasked')] : [m('activatedNotYours')];
  return {
    title: m('title'),
    summary: m('activatedSummary', { company: company.name, date: since }),
    facts: contractFacts(services.program, contractStandings(contracts, services.clock.today()), language, { contracts, visible }),
    sections: contracts.length > 0 ? [nextSteps(contracts, language)] : [],
    notes: contracts.length === 0 ? [m('activatedNoContracts')] : masked,
    links: contracts.length > 0 ? nextStepLinks(contracts, services.program, language) : [],
  };
}

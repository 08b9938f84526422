/**
 * The "Why?" lines of an activation answer: what in the store decided the
 * outcome (the person's account and roles, the company's offers and
 * activation state), as sentences. The rule names behind them stay in the log.
 */
import type { ActivationOutcome } from '../../../domain/activation/index.js';
import type { ProgramData } from '../../../domain/entitlement/programData.js';
import type { Company, Language, Person } from '../../../domain/model.js';
import { activatingRoles, everyOffer, formatDate, offersText, rolesText } from '../../presentation/index.js';
import { activationWhyMessages } from './activationWhyMessages.js';

export interface WhyInput {
  readonly outcome: ActivationOutcome;
  readonly company?: Company;
  /** The person asking; absent on a card whose reader is known only by id. */
  readonly person?: Person;
  /**
   * The person's own check when the company's state answered instead (someone
   * who may not activate asking after activation was requested or done):
   * the Why? then says both.
   */
  readonly personOutcome?: ActivationOutcome;
}

/** Where the company's activation stands, in one sentence. */
function activationState(company: Company, language: Language): string {
  const m = activationWhyMessages.for(language);
  const { activation } = company;
  if (activation.status === 'activated') return m('activated', { company: company.name, date: formatDate(activation.activatedAt, language) });
  if (activation.status === 'pending') return m('pending', { company: company.name, date: formatDate(activation.requestedAt, language) });
  return m('notActivated', { company: company.name });
}

export function activationWhy(input: WhyInput, program: ProgramData, language: Language): string[] {
  const m = activationWhyMessages.for(language);
  const { outcome, company, person, personOutcome } = input;
  if (outcome === 'unknownUser' || !company) return [m('unknown')];
  const offers = company.offers.length === 0 ? m('noOffers', { company: company.name, offers: everyOffer(program, language) }) : m('offers', { company: company.name, offers: offersText(program, company.offers, language) });
  const roles = person ? rolesText(person.roles, language) : '';
  switch (outcome) {
    case 'notAuthorized':
      return [m('cspOnly')];
    case 'noBenefits':
      return [offers];
    case 'notAdmin':
      return [m('notActivating', { company: company.name, roles, activating: activatingRoles(program, language) }), offers];
    case 'mayActivate':
      return [...(person ? [m('activating', { company: company.name, roles })] : []), offers, activationState(company, language)];
    case 'alreadyActivated':
    case 'alreadyRequested': {
      const mayNot = personOutcome === 'notAdmin' && person ? [m('notActivating', { company: company.name, roles, activating: activatingRoles(program, language) })] : [];
      return [...mayNot, offers, activationState(company, language)];
    }
  }
}

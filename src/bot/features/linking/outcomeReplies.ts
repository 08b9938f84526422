/**
 * Turns a link attempt's outcome into the answer card: its own explanation
 * per outcome, what to do next, the contract's facts (IDs masked outside a
 * 1:1 chat) and, as the "why", the contract or company facts that decided.
 */
import type { LinkOutcome, SupportKind } from '../../../domain/linking/index.js';
import { ID_SHAPES } from '../../../domain/linking/index.js';
import type { SecretReader } from '../../../domain/contractSecrets.js';
import type { Company, Contract, Language } from '../../../domain/model.js';
import type { ProgramData } from '../../../domain/entitlement/index.js';
import { answerReply, type Answer, type AnswerSection } from '../../cards/answerCard.js';
import type { Reply } from '../../reply.js';
import { conversationMessages } from '../conversation/conversationMessages.js';
import { contractStandings } from '../../../domain/entitlement/index.js';
import { benefitName, contractFacts, formatDate, offersText, peopleList, type Fact } from '../../presentation/index.js';
import { idsVisible, paidPlanLinks } from './contractPresentation.js';
import { linkWhyMessages } from './linkWhyMessages.js';
import { outcomeMessages } from './outcomeMessages.js';
import { walkThroughMessages } from './walkThroughMessages.js';
import { portalLink, supportButton, supportName } from './walkThroughReplies.js';

export interface OutcomeContext {
  readonly company: Company;
  readonly language: Language;
  readonly personalChat: boolean;
  /** Who reads the reply: the IDs are shown whole only if the one rule allows it. */
  readonly reader?: SecretReader;
  /** yyyy-mm-dd, to say where the contract stands. */
  readonly today: string;
}

export function nextSteps(support: SupportKind, language: Language): AnswerSection {
  const m = outcomeMessages.for(language);
  const items = support === 'cloud' ? [m('cloudNext1'), m('cloudNext2')] : [m('onPremisesNext1'), m('onPremisesNext2')];
  return { heading: m('nextHeading'), items, numbered: true };
}

/** What decided the outcome, in plain words; the rule names are logged by the linking flow. */
export function linkWhy(outcome: LinkOutcome, context: OutcomeContext, program: ProgramData): string[] {
  const m = linkWhyMessages.for(context.language);
  const { company, language } = context;
  switch (outcome.code) {
    case 'linked':
    case 'notFound':
      return [m(outcome.code, { company: company.name })];
    case 'expired':
      return [m('expired', { endDate: formatDate(outcome.contract?.endDate, language) })];
    case 'notStarted':
      return [m('notStarted', { startDate: formatDate(outcome.contract?.startDate, language) })];
    case 'noCloudSupport':
      return [m('noCloudSupport', { company: company.name, offers: offersText(program, company.offers, language) })];
    case 'linkedToOther':
      return [m('linkedToOther', { people: peopleList(outcome.otherPeople, language) })];
    default:
      return [m(outcome.code)];
  }
}

function explain(outcome: LinkOutcome, context: OutcomeContext, program: ProgramData): Omit<Answer, 'why' | 'whyTitle' | 'facts'> {
  const { language, company } = context;
  const m = outcomeMessages.for(language);
  const benefit = outcome.contract ? benefitName(program, outcome.contract, language) : '';
  const again = supportButton(outcome.support, language, m('tryAgainButton'));
  const plans = { links: paidPlanLinks(program, language, outcome.support === 'cloud') };
  switch (outcome.code) {
    case 'linked':
      return { title: m('linkedTitle'), summary: m('linkedSummary', { benefit, support: supportName(outcome.support, language) }), sections: [nextSteps(outcome.support, language)], links: [portalLink(program, outcome.support, language)] };
    case 'alreadyLinked':
      return { title: m('alreadyLinkedTitle'), summary: m(outcome.support === 'cloud' ? 'alreadyLinkedCloud' : 'alreadyLinkedOnPremises'), sections: [nextSteps(outcome.support, language)], links: [portalLink(program, outcome.support, language)] };
    case 'badFormat':
      return { title: m('badFormatTitle'), summary: m('badFormatSummary', { accessShape: ID_SHAPES.accessId, contractShape: ID_SHAPES.contractId, contractLength: ID_SHAPES.contractId.length }), buttons: [again] };
    case 'notFound':
      return { title: m('notFoundTitle'), summary: m('notFoundSummary', { company: company.name }), notes: company.activation.status === 'activated' ? [] : [m('notActivatedNote', { company: company.name })], buttons: [again] };
    case 'expired':
      return { title: m('expiredTitle'), summary: m('expiredSummary', { benefit, endDate: formatDate(outcome.contract?.endDate, language) }), ...plans };
    case 'notStarted':
      return { title: m('notStartedTitle'), summary: m('notStartedSummary', { benefit, startDate: formatDate(outcome.contract?.startDate, language) }) };
    case 'usedUp':
      return { title: m('usedUpTitle'), summary: m('usedUpSummary', { benefit }), ...plans };
    case 'noCloudSupport':
      return { title: m('noCloudSupportTitle'), summary: m('noCloudSupport', { company: company.name }), ...plans, buttons: [supportButton('onPremises', language, m('onPremisesInsteadButton'))] };
    case 'productContractForCloud':
      return { title: m('doesNotFitTitle'), summary: m('productContractForCloud'), buttons: [supportButton('onPremises', language, m('onPremisesInsteadButton'))] };
    case 'cloudContractForOnPremises':
      return { title: m('doesNotFitTitle'), summary: m('cloudContractForOnPremises'), buttons: [supportButton('cloud', language, m('cloudInsteadButton'))] };
    case 'linkedToOther': {
      const people = peopleList(outcome.otherPeople, language);
      const options = { heading: m('optionsHeading'), items: [m('optionAskHolder', { people }), m('optionOnPremises'), m('optionPaidPlan')] };
      return { title: m('linkedToOtherTitle'), summary: m('linkedToOther', { people }), sections: [options], links: plans.links };
    }
  }
}

/** The contract the IDs named, with its IDs as the one rule allows for this reader and place. */
function shownContract(contract: Contract, context: OutcomeContext, program: ProgramData): Fact[] {
  const visible = (c: Contract): boolean => idsVisible(program, context.reader, c, context.personalChat);
  return contractFacts(program, contractStandings([contract], context.today), context.language, { contracts: [contract], visible });
}

export function outcomeReply(outcome: LinkOutcome, context: OutcomeContext, program: ProgramData): Reply {
  const answer = explain(outcome, context, program);
  // Whoever typed IDs outside a 1:1 chat is reminded where they belong.
  const privacy = context.personalChat ? [] : [walkThroughMessages.for(context.language)('privacyNote')];
  return answerReply({
    ...answer,
    notes: [...(answer.notes ?? []), ...privacy],
    facts: outcome.contract ? shownContract(outcome.contract, context, program) : [],
    why: linkWhy(outcome, context, program),
    whyTitle: conversationMessages.for(context.language)('whyTitle'),
  });
}

/**
 * The parts most knowledge answers share: notes that depend on who asks
 * (CSP-only account, activation not done) and the "Why?" lines naming the
 * records and rules an answer used. That an answer is general because the
 * asker is not in the directory is said in the "Why?", not on every card.
 */
import type { Language } from '../../../domain/model.js';
import { isDataOnlyBenefit, type CompanyEntitlement, type OfferEntitlement, type ProgramData } from '../../../domain/entitlement/index.js';
import type { Intent } from '../../../nlu/intents.js';
import type { KnowledgeServices } from './knowledgeServices.js';
import { answerReply, type Answer, type AnswerButton } from '../../cards/answerCard.js';
import type { Reply } from '../../reply.js';
import { askButton, helpdeskButton } from '../conversation/conversationReplies.js';
import type { CompanyView } from './companyView.js';
import { commonMessages } from './messages/commonMessages.js';
import { activationText, associationText, cloudGrantText } from './programText.js';
import { benefitAmount, formatDate, offerName, offersText, rolesText } from '../../presentation/index.js';

/** "Not activated yet" / "being processed", so an answer never implies the benefit is ready. */
export function activationNotes(view: CompanyView | undefined, services: KnowledgeServices, language: Language): string[] {
  if (!view || view.company.offers.length === 0) return [];
  const m = commonMessages.for(language);
  const time = services.program.activationProcessingTime()[language];
  const { activation, name } = view.company;
  if (activation.status === 'notActivated') return [m('notActivatedNote', { company: name, time })];
  if (activation.status === 'pending') return [m('pendingNote', { company: name, date: formatDate(activation.requestedAt, language), time })];
  return [];
}

export function cspOnlyNotes(view: CompanyView | undefined, language: Language): string[] {
  const association = view?.person.association;
  return association && association.csp && !association.mpn ? [commonMessages.for(language)('cspOnlyNote')] : [];
}

/** Which store records an answer used; the general source line for everyone. */
export function recordWhy(view: CompanyView | undefined, program: ProgramData, language: Language, options: { contracts?: boolean } = {}): string[] {
  const m = commonMessages.for(language);
  if (!view) return [m('whyUnknown'), m('whySource')];
  const lines = [
    m('whyDirectory', { company: view.company.name, offers: offersText(program, view.company.offers, language), status: activationText(view.company.activation.status, language) }),
    m('whyPerson', { roles: rolesText(view.person.roles, language), association: associationText(view.person.association, language) }),
  ];
  if (options.contracts) lines.push(m('whyContracts', { company: view.company.name, count: view.contracts.length, today: formatDate(view.today, language) }));
  lines.push(m('whySource'));
  return lines;
}

/** One line per rule that fired for an offer, saying what it granted. */
export function offerRuleWhy(program: ProgramData, entitlement: OfferEntitlement, language: Language): string[] {
  const m = commonMessages.for(language);
  const offer = offerName(program, entitlement.offer, language);
  const lines: string[] = [];
  // Plain language for people; the rule names stay in the logs.
  if (entitlement.productSupport) {
    const effect = `${program.benefitName('productSupport')[language]} ${entitlement.productSupport.incidents}`;
    lines.push(m('whyRule', { offer, effect }));
  }
  if (entitlement.cloudSupport) {
    lines.push(m('whyRule', { offer, effect: cloudGrantText(program, entitlement.cloudSupport, language) }));
  }
  for (const grant of entitlement.grants.filter((g) => isDataOnlyBenefit(g.benefit))) {
    lines.push(m('whyRule', { offer, effect: `${program.benefitName(grant.benefit)[language]}: ${benefitAmount(program, grant, language)}` }));
  }
  return lines;
}

/** The rules behind a company's entitlement plus the combination policy applied. */
export function companyRuleWhy(program: ProgramData, entitlement: CompanyEntitlement, language: Language): string[] {
  const m = commonMessages.for(language);
  const lines = entitlement.offers.flatMap((o) => offerRuleWhy(program, o, language));
  if (entitlement.offers.length > 1) {
    const product = entitlement.productSupport?.from[0];
    const cloud = entitlement.cloudSupport?.from[0];
    if (entitlement.policy.productSupport === 'sum') lines.push(m('whySumOffers'));
    else if (product) lines.push(m('whyHighestOffer', { offer: offerName(program, product, language) }));
    if (entitlement.policy.cloudSupport === 'sum') lines.push(m('whySumPacks'));
    else if (cloud) lines.push(m('whyBestCompetency', { offer: offerName(program, cloud, language) }));
  }
  return lines;
}

/** Two related topics are a way on; more make every answer longer to read than its facts. */
const RELATED_TOPICS_SHOWN = 2;

/** The closest related topics as "ask" buttons, then the helpdesk: every answer offers a way on. */
export function nextSteps(language: Language, intents: readonly Intent[]): AnswerButton[] {
  return [...intents.slice(0, RELATED_TOPICS_SHOWN).map((intent) => askButton(language, intent)), helpdeskButton(language)];
}

/**
 * The answer card in the asker's language. Sentences are assembled with
 * spaces, which Japanese does not put after "。", so they are removed there.
 */
export function knowledgeReply(language: Language, answer: Omit<Answer, 'whyTitle'>): Reply {
  const tidy = (text: string): string => (language === 'ja' ? text.replace(/。 +/g, '。').trim() : text.trim());
  return answerReply({
    ...answer,
    summary: tidy(answer.summary),
    notes: answer.notes?.map(tidy),
    whyTitle: commonMessages.for(language)('whyTitle'),
  });
}

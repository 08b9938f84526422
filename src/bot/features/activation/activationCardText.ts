/**
 * The text sent with the activation card: what notifications, screen readers
 * and plain-text clients show instead of the card, so it states the key fact
 * of the card's current state in a sentence, never just the card's title.
 */
import type { ActivationPlan } from '../../../domain/activation/index.js';
import type { ProgramData } from '../../../domain/entitlement/programData.js';
import type { Language } from '../../../domain/model.js';
import type { RequestedBenefit } from '../../../domain/repositories.js';
import type { ActivationServices } from './activationServices.js';
import type { Reply } from '../../reply.js';
import { activationCard, type ActivationCardInput } from './activationCard.js';
import { activationMessages } from './activationMessages.js';
import { benefitName, formatTime, requestedBy } from '../../presentation/index.js';

/** "10 incidents of Microsoft Product Support (on-premises)", "Signature Cloud Support with unlimited incidents". */
function benefitPhrase(benefit: RequestedBenefit, program: ProgramData, language: Language): string {
  const m = activationMessages.for(language);
  const name = benefitName(program, { benefit: benefit.benefit }, language);
  if (benefit.cloudPackage) return m('textCloud', { benefit: name, package: program.cloudPackageName(benefit.cloudPackage)[language] });
  if (benefit.incidents === null) return m('textCloud', { benefit: name, package: program.cloudPackageName('unlimited')[language] });
  return m('textIncidents', { benefit: name, count: benefit.incidents });
}

function planSentences(company: string, plan: ActivationPlan, program: ProgramData, language: Language): string[] {
  const m = activationMessages.for(language);
  const benefits = plan.benefits.map((b) => benefitPhrase(b, program, language)).join(language === 'ja' ? '、' : ' and ');
  return [m('textCanActivate', { company, benefits }), ...(plan.cloudExcluded ? [m('textNoCloud')] : [])];
}

export function activationCardText(input: ActivationCardInput, services: ActivationServices): string {
  const m = activationMessages.for(input.language);
  const { company, language } = input;
  const duration = services.program.activationProcessingTime()[language];
  const { activation } = company;
  let sentences: string[];
  if (input.check.outcome === 'mayActivate') {
    sentences = [...planSentences(company.name, input.plan, services.program, language), m('textPressActivate', { duration })];
  } else if (activation.status === 'pending') {
    sentences = [m('textRequested', { company: company.name, requested: requestedBy({ name: input.requesterName ?? '', at: activation.requestedAt ?? '' }, language), duration })];
  } else if (activation.status === 'activated') {
    sentences = [m('textActivated', { company: company.name, at: formatTime(activation.activatedAt ?? '', language) })];
  } else {
    sentences = planSentences(company.name, input.plan, services.program, language);
  }
  return sentences.join(language === 'ja' ? '' : ' ');
}

/** The card with its text: the one way a reply carrying the activation card is built. */
export function activationReply(input: ActivationCardInput, services: ActivationServices): Reply {
  return { text: activationCardText(input, services), card: activationCard(input, services) };
}

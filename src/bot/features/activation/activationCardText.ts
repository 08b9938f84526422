/**
 * The text sent with the activation card: what notifications, screen readers
 * and plain-text clients show instead of the card, so it states the key fact
 * of the card's current state in a sentence, never just the card's title.
 * The figures (which benefits, how many incidents) are the card's: said once.
 * Once requested or activated, who, when and how long are the card's status
 * line too (its refresh keeps them current): the text is only the headline.
 */
import type { ActivationServices } from './activationServices.js';
import type { Reply } from '../../reply.js';
import { activationCard, type ActivationCardInput } from './activationCard.js';
import { activationMessages } from './activationMessages.js';

export function activationCardText(input: ActivationCardInput, services: ActivationServices): string {
  const m = activationMessages.for(input.language);
  const { company, language } = input;
  const duration = services.program.activationProcessingTime()[language];
  const { activation } = company;
  let sentences: string[];
  if (input.check.outcome === 'mayActivate') {
    sentences = [m('textCanActivate', { company: company.name }), m('textPressActivate', { duration })];
  } else if (activation.status === 'pending') {
    sentences = [m('textRequested', { company: company.name })];
  } else if (activation.status === 'activated') {
    sentences = [m('textActivated', { company: company.name })];
  } else {
    sentences = [m('textCanActivate', { company: company.name })];
  }
  return sentences.join(language === 'ja' ? '' : ' ');
}

/**
 * The card with its text: the one way a reply carrying the activation card is
 * built. The text says what the card's summary would, so the card beside it
 * leaves it out; its offers, benefits and status line are the card's own.
 */
export function activationReply(input: ActivationCardInput, services: ActivationServices): Reply {
  return { text: activationCardText(input, services), card: activationCard(input, services, { besideText: true }) };
}

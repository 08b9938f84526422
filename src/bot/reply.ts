/**
 * What a handler answers: a one-line text (the key fact, also what screen
 * readers and notifications show) and optionally an Adaptive Card template
 * with its data. Rendering to an activity happens in one place.
 */
import type { Activity } from 'botbuilder';
import { ActivityTypes } from 'botbuilder';
import type { CardRenderer } from './cards/cardRenderer.js';
import type { CardDataByName, CardName, CardRef } from './cards/cardTemplates.js';

export type { CardRef } from './cards/cardTemplates.js';

export interface Reply {
  readonly text: string;
  readonly card?: CardRef;
}

export function textReply(text: string): Reply {
  return { text };
}

export function cardReply<N extends CardName>(text: string, name: N, data: CardDataByName[N]): Reply {
  return { text, card: { name, data } as CardRef };
}

/**
 * Teams shows a message's text and its card together, so an answer card sent
 * with its summary as the text leaves the summary out: the key fact is said
 * once, the card holds the details. A card sent alone (an updated card) keeps it.
 */
function withoutRepeatedSummary(reply: Reply & { card: CardRef }): CardRef {
  const { card } = reply;
  if (card.name !== 'answer' || card.data.summary !== reply.text || reply.text === '') return card;
  return { name: 'answer', data: { ...card.data, summary: '' } };
}

export function toActivity(reply: Reply, cards: CardRenderer): Partial<Activity> {
  if (!reply.card) return { type: ActivityTypes.Message, text: reply.text, textFormat: 'plain' };
  const attachment = cards.renderRef(withoutRepeatedSummary({ ...reply, card: reply.card }));
  return { type: ActivityTypes.Message, text: reply.text, textFormat: 'plain', attachments: [attachment] };
}

/**
 * The helpdesk team's channel: registering it, its language, and the address
 * of one ticket's thread. In Teams a channel message arrives with the
 * conversation id "<channel>;messageid=<root post>"; new cards must go to the
 * channel itself, and replies to a card go to "<channel>;messageid=<card>".
 */
import { isCardPosted } from '../../../domain/handoff/ticket.js';
import type { StoredReference } from '../../../domain/repositories.js';
import type { Language } from '../../../domain/model.js';
import type { HandoffServices } from './handoffServices.js';
import { localeLanguage } from '../../languageChoice.js';
import { textReply, type Reply } from '../../reply.js';
import type { TurnRequest } from '../../turnRequest.js';
import { agentMessages } from './agentMessages.js';
import { rearmGivenUpTickets } from './undeliveredWork.js';
import { deliverSoon } from './ticketWorker.js';

const THREAD_SUFFIX = /;messageid=([^;]+)$/;

export function channelIdOf(conversationId: string): string {
  return conversationId.replace(THREAD_SUFFIX, '');
}

/** The card activity id of the thread a message was written in, if it was in one. */
export function threadRootOf(conversationId: string): string | undefined {
  return THREAD_SUFFIX.exec(conversationId)?.[1];
}

function conversationOf(reference: StoredReference): Record<string, unknown> {
  const conversation = reference.conversation;
  return typeof conversation === 'object' && conversation !== null ? (conversation as Record<string, unknown>) : {};
}

export function channelLanguage(reference: StoredReference): Language {
  return localeLanguage(typeof reference.locale === 'string' ? reference.locale : undefined) ?? 'en';
}

export function threadReference(channel: StoredReference, cardActivityId: string): StoredReference {
  const conversation = conversationOf(channel);
  return { ...channel, conversation: { ...conversation, id: `${String(conversation.id ?? '')};messageid=${cardActivityId}` } };
}

export function isHelpdeskAgent(request: TurnRequest): boolean {
  return request.requester.known && request.requester.person.roles.includes('helpdeskAgent');
}

/** "Use this channel for tickets": only an agent, only in a channel; the language said is the cards' language. */
export async function registerChannel(request: TurnRequest, services: HandoffServices): Promise<Reply[]> {
  const m = agentMessages.for(request.language);
  if (!isHelpdeskAgent(request)) return [textReply(m('channelNotAgent'))];
  const reference = request.reference;
  const conversation = reference ? conversationOf(reference) : {};
  if (!reference || request.personalChat || conversation.conversationType !== 'channel') return [textReply(m('channelNotChannel'))];
  const channel: StoredReference = {
    ...reference,
    conversation: { ...conversation, id: channelIdOf(String(conversation.id ?? '')) },
    locale: request.language === 'ja' ? 'ja-JP' : 'en-US',
  };
  delete (channel as Record<string, unknown>).activityId;
  // Read before saving: once the channel exists, the ticket worker may post them at any moment.
  const waiting = (await services.repos.tickets.listWithPendingWork()).filter((t) => t.mode === 'channel' && !isCardPosted(t));
  await services.repos.conversationReferences.saveHelpdeskChannel(channel);
  // Registering again is also how agents ask the bot to retry what it gave up on.
  const rearmed = await rearmGivenUpTickets(services);
  services.logger.info({ conversation: conversation.id, rearmed }, 'helpdesk channel registered');
  // Tickets that waited for a channel come now, not at the worker's next round.
  for (const ticket of waiting) deliverSoon(services, ticket.id);
  const note = waiting.length > 0 ? [m('channelWaiting', { count: waiting.length })] : [];
  return [textReply([m('channelRegistered'), ...note].join(request.language === 'ja' ? '' : ' '))];
}

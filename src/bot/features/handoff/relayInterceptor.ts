/**
 * The relay, ahead of language understanding. While a requester's ticket is
 * assigned, what they write goes to the ticket's channel thread (unless it is
 * about the ticket itself: status, withdraw, "back to the bot"). A helpdesk
 * agent writing in a ticket card's thread answers the requester.
 */
import { randomUUID } from 'node:crypto';
import { isCardPosted } from '../../../domain/handoff/ticket.js';
import type { Intent } from '../../../nlu/intents.js';
import type { HandoffServices } from './handoffServices.js';
import { textReply, type Reply } from '../../reply.js';
import type { TurnRequest } from '../../turnRequest.js';
import { applyToTicket } from './agentTicketActions.js';
import { activeTicketOf } from './handoffStarter.js';
import { isHelpdeskAgent, threadRootOf } from './helpdeskChannel.js';
import { requesterMessages } from './requesterMessages.js';
import { requesterParty } from './requesterParty.js';
import { actionKey } from './ticketActionInput.js';
import { deliverSoon } from './ticketWorker.js';

/** Said while talking to a person, these are for the bot, not for the agent. */
const FOR_THE_BOT: ReadonlySet<Intent | 'None'> = new Set<Intent | 'None'>(['backToBot', 'ticketStatus', 'ticketWithdraw', 'handoffRequest']);
/**
 * Stricter than the usual confidence: a message meant for the agent ("it
 * still fails") that the model half-places as "back to the bot" must still
 * reach the agent.
 */
const FOR_THE_BOT_MIN_SCORE = 0.85;

async function agentThreadReply(request: TurnRequest, services: HandoffServices, cardActivityId: string): Promise<Reply[] | undefined> {
  if (!request.requester.known) return undefined;
  const ticket = await services.repos.tickets.findByCardActivityId(cardActivityId);
  if (!ticket) return undefined;
  const agent = request.requester.person;
  // Teams' own replay protection (same activity id) sits in front; each message typed is a new reply.
  const outcome = await applyToTicket(services, ticket.id, { action: 'reply', agent, text: request.text }, actionKey('threadReply', agent, ticket.revision, `${request.text}|${randomUUID()}`));
  if (outcome?.kind === 'changed') deliverSoon(services, ticket.id);
  return [];
}

async function requesterRelay(request: TurnRequest, services: HandoffServices): Promise<Reply[] | undefined> {
  if (!request.personalChat) return undefined;
  const person = await requesterParty(request, services);
  if (!person) return undefined;
  const ticket = await activeTicketOf(services, person.tenantId, person.aadObjectId);
  if (!ticket || ticket.status !== 'assigned' || !ticket.relayActive || ticket.mode !== 'channel') return undefined;
  const understanding = await services.nlu.understand(request.text, request.language);
  if (FOR_THE_BOT.has(understanding.intent) && understanding.score >= FOR_THE_BOT_MIN_SCORE) return undefined;
  const outcome = await applyToTicket(services, ticket.id, { action: 'userMessage', requester: person, text: request.text }, `user|${randomUUID()}`);
  if (outcome?.kind !== 'changed') return undefined;
  deliverSoon(services, ticket.id);
  const m = requesterMessages.for(request.language);
  // Without a card there is no thread yet: the message waits on the ticket until the card is posted.
  const threadExists = isCardPosted(ticket);
  return [textReply(threadExists ? m('relayed', { id: ticket.id, agent: ticket.assignee?.name ?? '' }) : m('relayQueued', { id: ticket.id }))];
}

export async function relayInterceptor(request: TurnRequest, services: HandoffServices): Promise<Reply[] | undefined> {
  const root = threadRootOf(request.conversationId);
  if (root && !request.personalChat && isHelpdeskAgent(request)) return agentThreadReply(request, services, root);
  return requesterRelay(request, services);
}

/**
 * The helpdesk card's Universal Actions: assign, reply, resolve, reopen and
 * refresh. The agent role is checked against the store on every action; the
 * ticket id and revision from the card are validated; the answer is the
 * card as it now is, and the courier updates the channel copy in place.
 */
import { isCardPosted, type Ticket } from '../../../domain/handoff/ticket.js';
import { cardShown } from '../../../domain/handoff/ticketOutbox.js';
import { TicketService, type TicketCommand, type TicketOutcome } from '../../../domain/handoff/ticketService.js';
import type { Language } from '../../../domain/model.js';
import type { HandoffServices, HandoffVerb } from './handoffServices.js';
import { textReply } from '../../reply.js';
import type { VerbRequest, VerbResult } from '../../turnRequest.js';
import { conversationReplies } from '../conversation/conversationReplies.js';
import { agentMessages } from './agentMessages.js';
import { channelLanguage, isHelpdeskAgent } from './helpdeskChannel.js';
import { actionKey, replyTextFrom, revisionFrom, ticketIdFrom } from './ticketActionInput.js';
import { TICKET_CARD, ticketCardData } from './ticketCard.js';
import { statusLabel } from './ticketLabels.js';
import { deliverWithin } from './ticketWorker.js';

type AgentAction = 'assign' | 'reply' | 'resolve' | 'reopen';
const service = new TicketService();

async function cardLanguage(services: HandoffServices, fallback: Language): Promise<Language> {
  const channel = await services.repos.conversationReferences.findHelpdeskChannel();
  return channel ? channelLanguage(channel) : fallback;
}

async function withCard(ticket: Ticket, request: VerbRequest, services: HandoffServices, note?: string): Promise<VerbResult> {
  const language = await cardLanguage(services, request.language);
  return { replies: note ? [textReply(note)] : [], updatedCard: { name: TICKET_CARD, data: ticketCardData(ticket, language, services.program) } };
}

/** Applies the action under the ticket's lock; undefined when there is no such ticket. */
export function applyToTicket(services: HandoffServices, id: string, command: TicketCommand, key: string): Promise<TicketOutcome | undefined> {
  const at = services.clock.now().toISOString();
  return services.repos.tickets.update(id, (current) => {
    const outcome = service.apply(current, command, key, at);
    return { result: outcome, ...(outcome.kind === 'changed' ? { next: outcome.ticket } : {}) };
  });
}

/**
 * A card posted without an id (a connector that answered 202 with no id, as
 * the Agents Playground does) cannot be updated by the courier, which would
 * post it again; the invoke's answer updates it in place, so it counts as shown.
 */
async function answerIsTheUpdate(services: HandoffServices, ticket: Ticket): Promise<void> {
  if (!isCardPosted(ticket) || ticket.card.activityId !== undefined) return;
  await services.repos.tickets.update(ticket.id, (current) => ({ result: undefined, next: cardShown(current, ticket.revision) }));
}

function agentAction(action: AgentAction): HandoffVerb {
  return async (request, services) => {
    const m = agentMessages.for(request.language);
    if (!isHelpdeskAgent(request) || !request.requester.known) return { replies: [textReply(m('notAgent'))] };
    const agent = request.requester.person;
    const id = ticketIdFrom(request.data);
    const revision = revisionFrom(request.data);
    if (!id.ok) return { replies: [conversationReplies.malformed(request.language, id.field)] };
    if (!revision.ok) return { replies: [conversationReplies.malformed(request.language, revision.field)] };
    const text = replyTextFrom(request.data);
    const command: TicketCommand = action === 'reply' ? { action, agent, text } : { action, agent };
    const outcome = await applyToTicket(services, id.value, command, actionKey(action, agent, revision.value, text));
    if (!outcome) return { replies: [textReply(m('notFound', { id: id.value }))] };
    if (outcome.kind === 'changed') {
      if (request.invoke) await answerIsTheUpdate(services, outcome.ticket);
      await deliverWithin(services, id.value);
    }
    if (outcome.kind !== 'refused') return withCard(outcome.ticket, request, services);
    const note = outcome.reason === 'emptyText' ? m('emptyReply') : m('notAllowedNow', { id: id.value, status: statusLabel(request.language, outcome.ticket.status) });
    return withCard(outcome.ticket, request, services, note);
  };
}

const refreshCard: HandoffVerb = async (request, services) => {
  const m = agentMessages.for(request.language);
  if (!isHelpdeskAgent(request)) return { replies: [textReply(m('notAgent'))] };
  const id = ticketIdFrom(request.data);
  if (!id.ok) return { replies: [conversationReplies.malformed(request.language, id.field)] };
  const ticket = await services.repos.tickets.find(id.value);
  return ticket ? withCard(ticket, request, services) : { replies: [textReply(m('notFound', { id: id.value }))] };
};

export const agentVerbs = {
  ticketAssign: agentAction('assign'),
  ticketReply: agentAction('reply'),
  ticketResolve: agentAction('resolve'),
  ticketReopen: agentAction('reopen'),
  refreshCard,
};

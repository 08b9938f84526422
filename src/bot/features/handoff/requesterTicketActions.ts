/**
 * What a requester can do with their own tickets: ask their status, withdraw
 * one, and step out of the relay ("back to the bot"). Tickets are looked up
 * by the requester's Teams identity (their directory record, or tenant and
 * AAD id for someone not in it), so nobody sees or withdraws another's.
 */
import type { Ticket } from '../../../domain/handoff/ticket.js';
import { TicketService } from '../../../domain/handoff/ticketService.js';
import type { HandoffIntent, HandoffServices, HandoffVerb } from './handoffServices.js';
import { answerReply } from '../../cards/answerCard.js';
import { textReply, type Reply } from '../../reply.js';
import type { TurnRequest } from '../../turnRequest.js';
import { conversationReplies } from '../conversation/conversationReplies.js';
import { applyToTicket } from './agentTicketActions.js';
import { activeTicketOf } from './handoffStarter.js';
import { isHelpdeskAgent } from './helpdeskChannel.js';
import { requesterMessages } from './requesterMessages.js';
import { requesterParty } from './requesterParty.js';
import { ticketIdFrom } from './ticketActionInput.js';
import { statusLabel } from './ticketLabels.js';
import { deliverSoon } from './ticketWorker.js';
import { undeliveredWork } from './undeliveredWork.js';
import { formatDate } from '../../presentation/index.js';

const SHOWN_TICKETS = 5;

export const ticketStatus: HandoffIntent = async (request, services) => {
  // Agents have no tickets of their own to follow; they see what the bot could not deliver.
  if (isHelpdeskAgent(request)) return undeliveredWork(request, services);
  const m = requesterMessages.for(request.language);
  const person = await requesterParty(request, services);
  if (!person) return [textReply(m('statusNone'))];
  const tickets = (await services.repos.tickets.listByRequester(person.tenantId, person.aadObjectId)).slice(-SHOWN_TICKETS).reverse();
  if (tickets.length === 0) return [textReply(m('statusNone'))];
  const lines = tickets.map((t) =>
    m('statusLine', {
      id: t.id,
      status: statusLabel(request.language, t.status),
      assignee: t.assignee && t.status !== 'open' ? m('statusAssignee', { agent: t.assignee.name }) : '',
      date: formatDate(t.createdAt, request.language),
    }),
  );
  const active = tickets.filter((t) => t.status === 'open' || t.status === 'assigned');
  return [
    answerReply({
      title: m('statusTitle'),
      summary: lines[0] ?? '',
      sections: lines.length > 1 ? [{ heading: m('statusTitle'), items: lines.slice(1) }] : [],
      buttons: active.map((t) => ({ title: m('withdrawButton', { id: t.id }), verb: 'ticketWithdraw' as const, args: { ticketId: t.id } })),
    }),
  ];
};

async function withdraw(request: TurnRequest, services: HandoffServices, target: Ticket | undefined): Promise<Reply[]> {
  const m = requesterMessages.for(request.language);
  const requester = await requesterParty(request, services);
  if (!requester || !target) return [textReply(m('withdrawNone'))];
  const outcome = await applyToTicket(services, target.id, { action: 'withdraw', requester }, `withdraw|${target.id}`);
  if (!outcome || (outcome.kind === 'refused' && outcome.reason === 'notRequester')) return [textReply(m('notYours'))];
  if (outcome.kind === 'refused') return [textReply(m('withdrawNotAllowed', { id: target.id, status: statusLabel(request.language, outcome.ticket.status) }))];
  if (outcome.kind === 'changed') deliverSoon(services, target.id);
  return [textReply(m('withdrawnByUser', { id: target.id }))];
}

export const ticketWithdrawIntent: HandoffIntent = async (request, services) => {
  const requester = await requesterParty(request, services);
  const active = requester ? await activeTicketOf(services, requester.tenantId, requester.aadObjectId) : undefined;
  return withdraw(request, services, active);
};

/** The withdraw button: the id comes from card data, so it is validated and must be the requester's own. */
export const ticketWithdrawVerb: HandoffVerb = async (request, services) => {
  const id = ticketIdFrom(request.data);
  if (!id.ok) return { replies: [conversationReplies.malformed(request.language, id.field)] };
  const ticket = await services.repos.tickets.find(id.value);
  const requester = await requesterParty(request, services);
  const mine = ticket && requester && ticket.requester.tenantId === requester.tenantId && ticket.requester.aadObjectId === requester.aadObjectId;
  if (!mine) return { replies: [textReply(requesterMessages.for(request.language)('notYours'))] };
  return { replies: await withdraw(request, services, ticket) };
};

export const backToBot: HandoffIntent = async (request, services) => {
  const m = requesterMessages.for(request.language);
  const requester = await requesterParty(request, services);
  const active = requester ? await activeTicketOf(services, requester.tenantId, requester.aadObjectId) : undefined;
  if (!active || !active.relayActive) return [textReply(m('notInRelay'))];
  await services.repos.tickets.update(active.id, (current) => ({ result: undefined, next: new TicketService().setRelay(current, false) }));
  return [textReply(m('backToBot', { id: active.id, status: statusLabel(request.language, active.status) }))];
};

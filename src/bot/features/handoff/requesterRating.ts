/**
 * The rating card's buttons: rate a resolved ticket (1–5, optional comment)
 * or reopen it. Ticket id and score come from card data, so both are
 * validated, and the ticket must be the clicker's own. A rating is stored
 * with the ticket; a repeated click changes nothing, a new score replaces it.
 */
import { createHash } from 'node:crypto';
import type { HandoffServices, HandoffVerb } from './handoffServices.js';
import { textReply } from '../../reply.js';
import type { VerbRequest, VerbResult } from '../../turnRequest.js';
import { conversationReplies } from '../conversation/conversationReplies.js';
import { applyToTicket } from './agentTicketActions.js';
import { requesterMessages } from './requesterMessages.js';
import { requesterParty, type RequesterParty } from './requesterParty.js';
import { ticketIdFrom } from './ticketActionInput.js';
import { statusLabel } from './ticketLabels.js';
import { deliverSoon } from './ticketWorker.js';

function scoreFrom(data: Readonly<Record<string, unknown>>): number | undefined {
  const raw = data.score;
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && /^[1-5]$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
  return Number.isInteger(value) && value >= 1 && value <= 5 ? value : undefined;
}

async function ownTicket(request: VerbRequest, services: HandoffServices): Promise<{ id: string; requester: RequesterParty } | { error: VerbResult }> {
  const id = ticketIdFrom(request.data);
  if (!id.ok) return { error: { replies: [conversationReplies.malformed(request.language, id.field)] } };
  const [ticket, requester] = await Promise.all([services.repos.tickets.find(id.value), requesterParty(request, services)]);
  const mine = ticket && requester && ticket.requester.tenantId === requester.tenantId && ticket.requester.aadObjectId === requester.aadObjectId;
  if (!mine || !requester) return { error: { replies: [textReply(requesterMessages.for(request.language)('notYours'))] } };
  return { id: id.value, requester };
}

export const ticketRate: HandoffVerb = async (request, services) => {
  const m = requesterMessages.for(request.language);
  const own = await ownTicket(request, services);
  if ('error' in own) return own.error;
  const score = scoreFrom(request.data);
  if (score === undefined) return { replies: [textReply(m('ratingBadScore'))] };
  const comment = typeof request.data.comment === 'string' ? request.data.comment : '';
  const digest = createHash('sha256').update(`${score}|${comment.trim()}`).digest('hex').slice(0, 16);
  const outcome = await applyToTicket(services, own.id, { action: 'rate', requester: own.requester, score, comment }, `rate|${digest}`);
  if (!outcome) return { replies: [textReply(m('notYours'))] };
  if (outcome.kind === 'refused') return { replies: [textReply(m('ratingNotNow', { id: own.id, status: statusLabel(request.language, outcome.ticket.status) }))] };
  if (outcome.kind === 'changed') deliverSoon(services, own.id);
  return { replies: [textReply(m('ratingThanks', { id: own.id, score }))] };
};

export const ticketRequesterReopen: HandoffVerb = async (request, services) => {
  const m = requesterMessages.for(request.language);
  const own = await ownTicket(request, services);
  if ('error' in own) return own.error;
  const current = await services.repos.tickets.find(own.id);
  // One reopen per resolve: the key names the resolve it undoes.
  const outcome = await applyToTicket(services, own.id, { action: 'requesterReopen', requester: own.requester }, `requesterReopen|${current?.revision ?? 0}`);
  if (!outcome) return { replies: [textReply(m('notYours'))] };
  if (outcome.kind === 'refused') return { replies: [textReply(m('reopenNotNow', { id: own.id, status: statusLabel(request.language, outcome.ticket.status) }))] };
  if (outcome.kind === 'changed') deliverSoon(services, own.id);
  return { replies: [textReply(m('reopenedByYou', { id: own.id }))] };
};

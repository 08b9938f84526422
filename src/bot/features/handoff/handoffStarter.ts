/**
 * Opens a ticket when the requester asks for a person, clicks "Talk to the
 * helpdesk", or another feature's routing rule sends the case on. A
 * requester with an active ticket gets that one back instead of a second,
 * and no one opens more than the configured number an hour: both are
 * checked in the store under a lock every replica shares, so a request loop
 * cannot flood the helpdesk channel.
 * The ticket is stored with its card still to post; the courier posts it now
 * or, if the channel is down, later — the ticket is never left without one.
 */
import { isActive, type Ticket } from '../../../domain/handoff/ticket.js';
import { newTicket, newUnlistedTicket, type RequestFacts } from '../../../domain/handoff/newTicket.js';
import { TicketService } from '../../../domain/handoff/ticketService.js';
import type { HandoffServices } from './handoffServices.js';
import { answerReply } from '../../cards/answerCard.js';
import { textReply, type Reply } from '../../reply.js';
import type { TurnRequest } from '../../turnRequest.js';
import { sendHandoffInitiation } from './handoffEvent.js';
import { requesterMessages } from './requesterMessages.js';
import { requesterParty, unlistedReference, type RequesterParty } from './requesterParty.js';
import { statusLabel } from './ticketLabels.js';
import { deliverSoon } from './ticketWorker.js';

export interface HandoffTrigger {
  /** The topic the case is about (an intent name), when the caller knows it better than the conversation. */
  readonly topic?: string;
  /** The question, when it is not the requester's last message (e.g. a routing rule's summary). */
  readonly question?: string;
}

/** The requester's most recent open or assigned ticket. */
export async function activeTicketOf(services: HandoffServices, tenantId: string, aadObjectId: string): Promise<Ticket | undefined> {
  const tickets = await services.repos.tickets.listByRequester(tenantId, aadObjectId);
  return tickets.filter(isActive).at(-1);
}

/** The question is what the user asked before asking for a person, if they asked anything. */
function questionOf(request: TurnRequest): string {
  const said = request.state.transcript.filter((line) => line.from === 'user').map((line) => line.text);
  if (said.at(-1) === request.text && said.length > 1) said.pop();
  return said.at(-1) ?? request.text;
}

const HANDOFF_INTENTS: ReadonlySet<string> = new Set(['handoffRequest', 'ticketStatus', 'ticketWithdraw', 'backToBot', 'useChannelForTickets']);

/** What the question is about, for the agents: understood from the question itself, else the last topic. */
async function topicOf(request: TurnRequest, services: HandoffServices, question: string): Promise<string> {
  const understood = question ? (await services.nlu.understand(question, request.language)).intent : 'None';
  if (understood !== 'None' && !HANDOFF_INTENTS.has(understood)) return understood;
  const last = request.state.lastIntent;
  return last && !HANDOFF_INTENTS.has(last) ? last : 'general';
}

const HOUR_MS = 3_600_000;

export async function startHandoff(request: TurnRequest, services: HandoffServices, trigger: HandoffTrigger = {}): Promise<Reply[]> {
  const m = requesterMessages.for(request.language);
  const party = await requesterParty(request, services);
  if (!party) return [textReply(m('unknownUser'))];
  return services.repos.locks.run(`handoff:${party.tenantId}|${party.aadObjectId}`, async () => {
    const tickets = await services.repos.tickets.listByRequester(party.tenantId, party.aadObjectId);
    const active = tickets.filter(isActive).at(-1);
    if (active) {
      await services.repos.tickets.update(active.id, (current) => ({ result: undefined, next: new TicketService().setRelay(current, true) }));
      return [textReply(m('alreadyActive', { id: active.id, status: statusLabel(request.language, active.status) }))];
    }
    const since = services.clock.now().getTime() - HOUR_MS;
    const limit = services.config.ticketsPerHour;
    if (tickets.filter((t) => Date.parse(t.createdAt) > since).length >= limit) {
      services.logger.warn({ tenant: party.tenantId, user: party.aadObjectId, limit }, 'ticket refused: hourly limit reached');
      return [textReply(m('tooManyTickets', { limit }))];
    }
    return openTicket(request, services, party, trigger);
  });
}

async function openTicket(request: TurnRequest, services: HandoffServices, party: RequesterParty, trigger: HandoffTrigger): Promise<Reply[]> {
  const m = requesterMessages.for(request.language);
  const { requester } = request;
  const mode = services.config.handoffMode;
  const question = trigger.question ?? questionOf(request);
  const facts: RequestFacts = {
    language: request.language,
    topic: trigger.topic ?? (await topicOf(request, services, question)),
    question,
    transcript: request.state.transcript,
    mode,
    at: services.clock.now().toISOString(),
  };
  const ticket = await services.repos.tickets.create(
    requester.known
      ? newTicket({ ...facts, person: requester.person, company: requester.company, contracts: await services.repos.contracts.listByTenant(requester.company.tenantId) })
      : { ...newUnlistedTicket({ ...facts, requester: party }), ...unlistedReference(request, party) },
  );
  services.logger.info({ ticket: ticket.id, mode, severity: ticket.severity }, 'ticket opened');
  // Without a registered channel the ticket waits for the first one; the requester is told so, not promised an answer.
  let summary: 'created' | 'createdEvent' | 'createdQueued' = 'created';
  if (mode === 'event') {
    summary = 'createdEvent';
    if (!(await sendHandoffInitiation(services, ticket))) services.logger.warn({ ticket: ticket.id }, 'no 1:1 conversation for handoff.initiate');
  } else if (await services.repos.conversationReferences.findHelpdeskChannel()) {
    deliverSoon(services, ticket.id);
  } else {
    summary = 'createdQueued';
    services.logger.warn({ ticket: ticket.id }, 'no helpdesk channel registered: the ticket waits for the first one');
  }
  return [
    answerReply({
      title: m('createdTitle'),
      summary: m(summary, { id: ticket.id }),
      notes: [...(ticket.severity === 'urgent' ? [m('urgentNote')] : []), ...(party.inDirectory ? [] : [m('unlistedNote')])],
      buttons: [
        { title: m('statusButton'), verb: 'ask', args: { intent: 'ticketStatus' } },
        { title: m('withdrawButton', { id: ticket.id }), verb: 'ticketWithdraw', args: { ticketId: ticket.id } },
      ],
    }),
  ];
}

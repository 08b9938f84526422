/**
 * The dead letters, for helpdesk agents: tickets whose card or messages the
 * bot stopped retrying, and messages to users it gave up on. An agent asking
 * for ticket status sees them; registering the channel again re-arms the
 * tickets.
 */
import { deliveryGivenUp } from '../../../domain/handoff/ticket.js';
import { rearmDelivery } from '../../../domain/handoff/ticketOutbox.js';
import type { HandoffServices } from './handoffServices.js';
import { answerReply } from '../../cards/answerCard.js';
import type { Reply } from '../../reply.js';
import type { TurnRequest } from '../../turnRequest.js';
import { undeliveredMessages } from './undeliveredMessages.js';
import { formatTime } from '../../presentation/index.js';

const SHOWN = 10;

export async function undeliveredWork(request: TurnRequest, services: HandoffServices): Promise<Reply[]> {
  const m = undeliveredMessages.for(request.language);
  const tickets = (await services.repos.tickets.listWithPendingWork()).filter(deliveryGivenUp);
  const notices = (await services.repos.outbox.list()).filter((item) => item.deadLetteredAt !== undefined);
  if (tickets.length === 0 && notices.length === 0) return [answerReply({ title: m('title'), summary: m('nothing') })];
  const lines = tickets.slice(0, SHOWN).map((t) =>
    m('ticketLine', { id: t.id, failures: t.deliveryTrouble?.failures ?? 0, since: formatTime(t.deliveryTrouble?.since, request.language), error: t.deliveryTrouble?.lastError ?? '' }),
  );
  const notes = [...(notices.length > 0 ? [m('notices', { count: notices.length })] : []), ...(tickets.length > 0 ? [m('rearmHint')] : [])];
  return [
    answerReply({
      title: m('title'),
      summary: m('summary', { tickets: tickets.length, notices: notices.length }),
      sections: lines.length > 0 ? [{ heading: m('ticketsHeading'), items: lines }] : [],
      notes,
    }),
  ];
}

/** Gives tickets that were given up another round (the channel was just registered again). */
export async function rearmGivenUpTickets(services: HandoffServices): Promise<number> {
  let count = 0;
  for (const ticket of (await services.repos.tickets.listWithPendingWork()).filter(deliveryGivenUp)) {
    await services.repos.tickets.update(ticket.id, (current) => ({ result: undefined, next: rearmDelivery(current) }));
    count++;
  }
  return count;
}

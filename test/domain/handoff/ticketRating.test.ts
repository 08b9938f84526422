import type { Ticket } from '../../../src/domain/handoff/ticket.js';
import { TicketService, type TicketCommand } from '../../../src/domain/handoff/ticketService.js';
import { aTicket, dave, ivan } from './sampleTickets.js';

const service = new TicketService();
const at = '2026-11-24T10:00:00.000Z';
const other = { ...dave, aadObjectId: 'aad-mallory', name: 'Mallory' };

function resolvedTicket(): Ticket {
  let ticket = aTicket();
  for (const command of [{ action: 'assign', agent: ivan }, { action: 'resolve', agent: ivan }] as TicketCommand[]) {
    const outcome = service.apply(ticket, command, `${command.action}|1`, at);
    if (outcome.kind !== 'changed') throw new Error('setup failed');
    ticket = outcome.ticket;
  }
  return ticket;
}

describe('rating and reopening by the requester', () => {
  it('stores a 1–5 rating with an optional comment on a resolved ticket, and tells the agents', () => {
    const outcome = service.apply(resolvedTicket(), { action: 'rate', requester: dave, score: 4, comment: '  Quick and clear  ' }, 'rate|a', at);
    expect(outcome.kind).toBe('changed');
    expect(outcome.ticket.rating).toEqual({ score: 4, comment: 'Quick and clear', at });
    expect(outcome.ticket.status).toBe('resolved');
    expect(outcome.ticket.events.at(-1)).toMatchObject({ kind: 'rated', to: 'thread', text: '4/5 — Quick and clear', delivery: 'pending' });
    // The same click again changes nothing; a new score replaces the old one.
    expect(service.apply(outcome.ticket, { action: 'rate', requester: dave, score: 4, comment: 'Quick and clear' }, 'rate|a', at).kind).toBe('unchanged');
    const again = service.apply(outcome.ticket, { action: 'rate', requester: dave, score: 5 }, 'rate|b', at);
    expect(again.ticket.rating).toEqual({ score: 5, at });
  });

  it.each<[string, Ticket, TicketCommand, string]>([
    ['a score outside 1–5', resolvedTicket(), { action: 'rate', requester: dave, score: 6 }, 'badScore'],
    ['a fractional score', resolvedTicket(), { action: 'rate', requester: dave, score: 2.5 }, 'badScore'],
    ['someone else', resolvedTicket(), { action: 'rate', requester: other, score: 5 }, 'notRequester'],
    ['an open ticket', aTicket(), { action: 'rate', requester: dave, score: 5 }, 'notAllowedNow'],
    ['reopening an open ticket', aTicket(), { action: 'requesterReopen', requester: dave }, 'notAllowedNow'],
  ])('refuses %s', (_name, ticket, command, reason) => {
    expect(service.apply(ticket, command, 'k', at)).toMatchObject({ kind: 'refused', reason });
  });

  it('puts a ticket the requester reopens back in the queue, unclaimed', () => {
    const outcome = service.apply(resolvedTicket(), { action: 'requesterReopen', requester: dave }, 'reopen|1', at);
    expect(outcome.kind).toBe('changed');
    expect(outcome.ticket.status).toBe('open');
    expect(outcome.ticket.assignee).toBeUndefined();
    expect(outcome.ticket.relayActive).toBe(true);
    expect(outcome.ticket.events.at(-1)).toMatchObject({ kind: 'reopened', to: 'thread', by: 'Dave Ito' });
  });
});

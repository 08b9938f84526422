import { needsCardWork, type Ticket } from '../../../src/domain/handoff/ticket.js';
import { cardPosted, cardShown, eventDelivered, pendingEvents } from '../../../src/domain/handoff/ticketOutbox.js';
import { TicketService, type TicketCommand } from '../../../src/domain/handoff/ticketService.js';
import { aTicket, dave, ivan, judy } from './sampleTickets.js';

const service = new TicketService();
const at = '2026-11-24T10:00:00.000Z';
let keys = 0;

function apply(ticket: Ticket, command: TicketCommand, key = `k${++keys}`) {
  return service.apply(ticket, command, key, at);
}

function changed(ticket: Ticket, command: TicketCommand): Ticket {
  const outcome = apply(ticket, command);
  if (outcome.kind !== 'changed') throw new Error(`expected a change, got ${outcome.kind}`);
  return outcome.ticket;
}

describe('TicketService', () => {
  it('runs the life cycle open → assigned → resolved → reopened, recording who and what to deliver', () => {
    let ticket = changed(aTicket(), { action: 'assign', agent: ivan });
    expect(ticket).toMatchObject({ status: 'assigned', assignee: { aadObjectId: 'aad-ivan' }, revision: 2 });
    ticket = changed(ticket, { action: 'reply', agent: ivan, text: 'Try the Azure portal.' });
    ticket = changed(ticket, { action: 'userMessage', requester: dave, text: 'It worked' });
    ticket = changed(ticket, { action: 'resolve', agent: ivan });
    expect(ticket.status).toBe('resolved');
    ticket = changed(ticket, { action: 'reopen', agent: judy });
    expect(ticket).toMatchObject({ status: 'assigned', assignee: { name: 'Judy Agent' } });
    expect(pendingEvents(ticket).map((e) => [e.kind, e.to])).toEqual([
      ['assigned', 'requester'],
      ['agentReply', 'requester'],
      ['userMessage', 'thread'],
      ['resolved', 'requester'],
      ['reopened', 'requester'],
    ]);
  });

  it.each<[string, Ticket['status'], TicketCommand]>([
    ['resolve a withdrawn ticket', 'withdrawn', { action: 'resolve', agent: ivan }],
    ['reopen an open ticket', 'open', { action: 'reopen', agent: ivan }],
    ['reply to a resolved ticket', 'resolved', { action: 'reply', agent: ivan, text: 'hi' }],
    ['withdraw a resolved ticket', 'resolved', { action: 'withdraw', requester: dave }],
  ])('refuses to %s', (_name, status, command) => {
    expect(apply(aTicket({ status }), command)).toMatchObject({ kind: 'refused', reason: 'notAllowedNow' });
  });

  it('refuses anyone without the helpdesk agent role, and withdrawals by anyone but the requester', () => {
    expect(apply(aTicket(), { action: 'resolve', agent: dave })).toMatchObject({ kind: 'refused', reason: 'notAgent' });
    expect(apply(aTicket(), { action: 'withdraw', requester: { ...dave, tenantId: 'tenant-other' } })).toMatchObject({ kind: 'refused', reason: 'notRequester' });
    expect(apply(aTicket(), { action: 'reply', agent: ivan, text: '   ' })).toMatchObject({ kind: 'refused', reason: 'emptyText' });
  });

  it('applies a replayed action once, and "assign to me" twice changes nothing', () => {
    const once = changed(aTicket(), { action: 'reply', agent: ivan, text: 'Hello' });
    const replay = service.apply({ ...once, appliedKeys: [...once.appliedKeys, 'same'] }, { action: 'resolve', agent: ivan }, 'same', at);
    expect(replay.kind).toBe('unchanged');
    const assigned = changed(aTicket(), { action: 'assign', agent: ivan });
    expect(apply(assigned, { action: 'assign', agent: ivan }).kind).toBe('unchanged');
    expect(changed(assigned, { action: 'assign', agent: judy }).assignee?.name).toBe('Judy Agent');
  });

  it('switches the relay off and on without touching the revision', () => {
    const off = service.setRelay(aTicket(), false);
    expect(off).toMatchObject({ relayActive: false, revision: 1 });
    expect(service.setRelay(off!, false)).toBeUndefined();
    expect(changed(off!, { action: 'assign', agent: ivan }).relayActive).toBe(true);
  });
});

describe('ticket outbox bookkeeping', () => {
  it('needs a card until one is posted, and an update when the ticket moved on', () => {
    const ticket = aTicket();
    expect(needsCardWork(ticket)).toBe(true);
    const posted = cardPosted(ticket, 'activity-1', ticket.revision);
    expect(needsCardWork(posted)).toBe(false);
    const moved = changed(posted, { action: 'assign', agent: ivan });
    expect(needsCardWork(moved)).toBe(true);
    expect(needsCardWork(cardShown(moved, moved.revision)!)).toBe(false);
    expect(needsCardWork(aTicket({ mode: 'event' }))).toBe(false);
  });

  it('marks a delivery once', () => {
    const moved = changed(aTicket(), { action: 'assign', agent: ivan });
    const seq = pendingEvents(moved)[0]!.seq;
    const sent = eventDelivered(moved, seq, 'sent')!;
    expect(pendingEvents(sent)).toEqual([]);
    expect(eventDelivered(sent, seq, 'sent')).toBeUndefined();
  });
});

import { deliveryGivenUp, needsCardWork } from '../../../src/domain/handoff/ticket.js';
import { cardPosted, deliveryFailed, deliveryRecovered } from '../../../src/domain/handoff/ticketOutbox.js';
import { aTicket } from './sampleTickets.js';

const limits = { maxAttempts: 3, maxAgeMs: 60 * 60_000 };
const t0 = '2026-11-24T10:00:00.000Z';

describe('delivery trouble on a ticket', () => {
  it('gives up after the last allowed attempt', () => {
    let ticket = aTicket();
    ticket = deliveryFailed(ticket, t0, '502', limits);
    ticket = deliveryFailed(ticket, t0, '502', limits);
    expect(deliveryGivenUp(ticket)).toBe(false);
    ticket = deliveryFailed(ticket, t0, '502', limits);
    expect(deliveryGivenUp(ticket)).toBe(true);
    expect(ticket.deliveryTrouble).toMatchObject({ failures: 3, since: t0, lastError: '502', gaveUpAt: t0 });
  });

  it('gives up once failing for longer than the age limit, whatever the count', () => {
    const first = deliveryFailed(aTicket(), t0, '504', limits);
    expect(deliveryGivenUp(deliveryFailed(first, '2026-11-24T10:30:00.000Z', '504', limits))).toBe(false);
    expect(deliveryGivenUp(deliveryFailed(first, '2026-11-24T11:00:00.000Z', '504', limits))).toBe(true);
  });

  it('gives up at once on a permanent failure (a card that cannot be built)', () => {
    expect(deliveryGivenUp(deliveryFailed(aTicket(), t0, 'card ticket', limits, true))).toBe(true);
  });

  it('forgets the trouble after a success or a re-arm', () => {
    const troubled = deliveryFailed(aTicket(), t0, '502', limits, true);
    expect(deliveryRecovered(troubled)?.deliveryTrouble).toBeUndefined();
    expect(deliveryRecovered(aTicket())).toBeUndefined();
  });

  it('counts a card accepted without an id as posted', () => {
    const ticket = cardPosted(aTicket(), undefined, 1);
    expect(ticket.card.posted).toBe(true);
    expect(needsCardWork({ ...ticket, revision: 1 })).toBe(false);
    expect(needsCardWork({ ...ticket, revision: 2 })).toBe(true);
  });
});

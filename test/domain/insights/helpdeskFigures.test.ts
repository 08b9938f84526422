import { helpdeskFigures, median } from '../../../src/domain/insights/helpdeskFigures.js';
import { groupKey, storableQuestion, topQuestions } from '../../../src/domain/insights/questionGroups.js';
import { isoWeekName, previousWeek, weekStart } from '../../../src/domain/insights/reportPeriod.js';
import type { Ticket, TicketEvent } from '../../../src/domain/handoff/ticket.js';
import { aNewTicket } from '../handoff/sampleTickets.js';

const period = { from: '2026-11-23T00:00:00.000Z', to: '2026-11-30T00:00:00.000Z' };

function ticket(number: number, createdAt: string, events: Array<Pick<TicketEvent, 'kind' | 'at'>>, rating?: Ticket['rating']): Ticket {
  const base = aNewTicket({ createdAt, updatedAt: createdAt });
  return {
    ...base,
    id: `PS-${number}`,
    number,
    events: events.map((e, i) => ({ seq: i + 1, by: 'x', to: 'none', delivery: 'sent', ...e })),
    ...(rating ? { rating } : {}),
  };
}

describe('helpdesk figures', () => {
  it('counts what happened inside the period, with medians and the average rating', () => {
    const tickets = [
      ticket(1001, '2026-11-24T09:00:00.000Z', [{ kind: 'created', at: '2026-11-24T09:00:00.000Z' }, { kind: 'assigned', at: '2026-11-24T09:10:00.000Z' }, { kind: 'resolved', at: '2026-11-24T10:00:00.000Z' }], { score: 5, at: '2026-11-24T10:05:00.000Z' }),
      ticket(1002, '2026-11-25T09:00:00.000Z', [{ kind: 'created', at: '2026-11-25T09:00:00.000Z' }, { kind: 'agentReply', at: '2026-11-25T09:30:00.000Z' }], undefined),
      ticket(1003, '2026-11-26T09:00:00.000Z', [{ kind: 'created', at: '2026-11-26T09:00:00.000Z' }], undefined),
      // Opened the week before, resolved in this one.
      ticket(1000, '2026-11-20T09:00:00.000Z', [{ kind: 'created', at: '2026-11-20T09:00:00.000Z' }, { kind: 'assigned', at: '2026-11-20T09:20:00.000Z' }, { kind: 'resolved', at: '2026-11-23T09:00:00.000Z' }], { score: 2, at: '2026-11-23T09:01:00.000Z' }),
    ];
    const reminders = [
      { key: 'a', kind: 'reminder' as const, claimedAt: '2026-11-24T00:00:00.000Z', state: 'sent' as const },
      { key: 'b', kind: 'reminder' as const, claimedAt: '2026-11-24T00:00:00.000Z', state: 'undeliverable' as const, tenantId: 't', recipient: 'p' },
      { key: 'c', kind: 'reminder' as const, claimedAt: '2026-11-24T00:00:00.000Z', state: 'undeliverable' as const, tenantId: 't', recipient: 'p' },
      { key: 'd', kind: 'reminder' as const, claimedAt: '2026-11-01T00:00:00.000Z', state: 'sent' as const },
      // Unreachable first, reached after opening a chat: not listed any more.
      { key: 'e', kind: 'reminder' as const, claimedAt: '2026-11-24T00:00:00.000Z', state: 'undeliverable' as const, tenantId: 't', recipient: 'q' },
      { key: 'f', kind: 'reminder' as const, claimedAt: '2026-11-25T00:00:00.000Z', state: 'sent' as const, tenantId: 't', recipient: 'q' },
    ];
    const figures = helpdeskFigures({ tickets, reminders, escalations: [], questions: [] }, period);
    expect(figures).toMatchObject({ opened: 3, claimed: 2, resolved: 2, medianMinutesToClaim: 20, ratings: 2, averageRating: 3.5, remindersSent: 2, remindersUndeliverable: 3, unreachable: [{ tenantId: 't', aadObjectId: 'p' }] });
    expect(figures.medianMinutesToResolve).toBe((60 + 3 * 24 * 60) / 2);
  });

  it('has no medians or average without data', () => {
    expect(helpdeskFigures({ tickets: [], reminders: [], escalations: [], questions: [] }, period)).toMatchObject({ opened: 0, medianMinutesToClaim: null, averageRating: null, topUnanswered: [] });
    expect(median([3, 1, 2])).toBe(2);
    expect(median([1, 2, 3, 4])).toBe(2.5);
  });
});

describe('unanswered questions', () => {
  it('masks IDs and e-mail addresses before storing', () => {
    expect(storableQuestion('contract 1234567890 for bob@contoso.com\n is broken')).toBe('contract ••••7890 for •••@••• is broken');
  });

  it('groups the same question asked differently, most asked first', () => {
    const q = (text: string, at: string) => ({ key: at, at, language: 'en' as const, text });
    const top = topQuestions([q('Book a taxi', '2026-11-24T01:00:00Z'), q('book a taxi?!', '2026-11-24T02:00:00Z'), q('ｂｏｏｋ  a TAXI', '2026-11-24T00:00:00Z'), q('weather', '2026-11-24T03:00:00Z')]);
    expect(top).toEqual([
      { text: 'book a taxi?!', count: 3, lastAt: '2026-11-24T02:00:00Z' },
      { text: 'weather', count: 1, lastAt: '2026-11-24T03:00:00Z' },
    ]);
    expect(groupKey('タクシーを呼んで！')).toBe(groupKey('タクシーを呼んで'));
  });
});

describe('report periods', () => {
  it('covers the previous ISO week from Monday 00:00 UTC', () => {
    expect(weekStart(new Date('2026-11-29T23:59:00Z')).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(previousWeek(new Date('2026-11-30T00:05:00Z'))).toEqual(period);
    expect(isoWeekName(new Date('2026-11-23T00:00:00Z'))).toBe('2026-W48');
    expect(isoWeekName(new Date('2026-12-28T00:00:00Z'))).toBe('2026-W53');
  });
});

import { ticketCardData, ticketCardReply } from '../../../src/bot/features/handoff/ticketCard.js';
import { CardRenderer } from '../../../src/bot/cards/cardRenderer.js';
import { TicketService } from '../../../src/domain/handoff/ticketService.js';
import type { Ticket } from '../../../src/domain/handoff/ticket.js';
import { adaptiveCardProblems } from '../../helpers/adaptiveCardValidator.js';
import { aTicket, dave, ivan } from '../../domain/handoff/sampleTickets.js';
import { program } from '../../helpers/program.js';

const renderer = new CardRenderer();
const service = new TicketService();
const at = '2026-11-24T10:00:00.000Z';

function after(ticket: Ticket, ...steps: Array<(t: Ticket) => ReturnType<TicketService['apply']>>): Ticket {
  return steps.reduce((current, step) => {
    const outcome = step(current);
    return outcome.ticket;
  }, ticket);
}

const open = aTicket();
const assigned = after(open, (t) => service.apply(t, { action: 'assign', agent: ivan }, 'a', at), (t) => service.apply(t, { action: 'reply', agent: ivan, text: 'Hi Dave' }, 'b', at), (t) => service.apply(t, { action: 'userMessage', requester: dave, text: 'Hi Ivan' }, 'c', at));
const resolved = after(assigned, (t) => service.apply(t, { action: 'resolve', agent: ivan }, 'd', at));
const withdrawn = after(open, (t) => service.apply(t, { action: 'withdraw', requester: dave }, 'e', at));

function actionVerbs(content: Record<string, unknown>): string[] {
  const verbs: string[] = [];
  for (const action of (content.actions as Array<Record<string, unknown>>) ?? []) {
    if (action.verb) verbs.push(String(action.verb));
    if (action.card) verbs.push(...actionVerbs(action.card as Record<string, unknown>));
  }
  return verbs;
}

describe('the ticket card', () => {
  it.each([
    ['open', open, ['ticketAssign', 'ticketReply', 'ticketResolve']],
    ['assigned', assigned, ['ticketAssign', 'ticketReply', 'ticketResolve']],
    ['resolved', resolved, ['ticketReopen']],
    ['withdrawn', withdrawn, []],
  ] as const)('renders a %s ticket in both languages with only the allowed actions', (_name, ticket, verbs) => {
    for (const language of ['en', 'ja'] as const) {
      const content = renderer.render('ticket', ticketCardData(ticket, language, program)).content;
      expect(adaptiveCardProblems(content)).toEqual([]);
      expect(actionVerbs(content)).toEqual(verbs);
      expect(content).toMatchObject({ version: '1.5', refresh: { action: { verb: 'refreshCard', data: { ticketId: 'PS-1001', rev: ticket.revision } } } });
    }
  });

  it('shows the conversation with the requester and masks what the bot was told', () => {
    const text = JSON.stringify(renderer.render('ticket', ticketCardData(assigned, 'en', program)).content);
    expect(text).toContain('Ivan Petrov (helpdesk): Hi Dave');
    expect(text).toContain('Dave Ito: Hi Ivan');
    expect(text).toContain('••••7890');
    expect(text).not.toContain('1234567890');
  });

  it('has a one-line text for notifications', () => {
    expect(ticketCardReply(open, 'ja', program).text).toContain('チケット PS-1001 (受付済み)');
  });
});

/**
 * Whatever a requester types is shown to the helpdesk as they typed it, and
 * can never break or change the ticket card: template syntax stays literal
 * text (and the card is still delivered), markdown links stay text.
 */
import { ticketCardData } from '../../../src/bot/features/handoff/ticketCard.js';
import { CardRenderer } from '../../../src/bot/cards/cardRenderer.js';
import { TicketService } from '../../../src/domain/handoff/ticketService.js';
import { adaptiveCardProblems } from '../../helpers/adaptiveCardValidator.js';
import { personas } from '../../helpers/personas.js';
import { startTestApp, visibleText, type TestApp } from '../../helpers/testApp.js';
import { aTicket, dave } from '../../domain/handoff/sampleTickets.js';
import { cardOf, CHANNEL, postedTicketCards, say, sayInChannel } from './handoffHarness.js';
import { program } from '../../helpers/program.js';

const renderer = new CardRenderer();
const MARKDOWN_LINK = /\[[^\]]*\]\([^)]*\)/;

function textBlocks(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => textBlocks(n, out));
  else if (node && typeof node === 'object') {
    const obj = node as Record<string, unknown>;
    if ((obj.type === 'TextBlock' || obj.type === 'Fact') && typeof obj.text === 'string') out.push(obj.text);
    if (obj.type === undefined && typeof obj.title === 'string' && typeof obj.value === 'string') out.push(`${obj.title} ${obj.value}`);
    Object.values(obj).forEach((v) => textBlocks(v, out));
  }
  return out;
}

describe('requester text in the ticket card', () => {
  it.each(['Portal shows ${user.name}', '${', '${}', 'cost is $${price} and ${if(true, "a", "b")}', '${$root.ticketId}'])('keeps %s literal and renders the card', (question) => {
    const ticket = aTicket({ question, transcript: [{ from: 'user', text: question, at: '2026-11-24T09:00:00.000Z' }] });
    for (const language of ['en', 'ja'] as const) {
      const content = renderer.render('ticket', ticketCardData(ticket, language, program)).content;
      expect(adaptiveCardProblems(content)).toEqual([]);
      expect(textBlocks(content).join('\n')).toContain(question);
    }
  });

  it('keeps template syntax literal in an agent reply and a requester message too', () => {
    const service = new TicketService();
    const withMessage = service.apply(aTicket(), { action: 'userMessage', requester: dave, text: 'still ${broken}' }, 'k1', '2026-11-24T10:00:00.000Z').ticket;
    const content = renderer.render('ticket', ticketCardData(withMessage, 'en', program)).content;
    expect(textBlocks(content).join('\n')).toContain('still ${broken}');
  });

  it('shows a markdown link as text, not as a link', () => {
    const question = 'Sign in again at [the Partner Center](https://attacker.example/login) please';
    const content = renderer.render('ticket', ticketCardData(aTicket({ question, transcript: [{ from: 'user', text: question, at: '2026-11-24T09:00:00.000Z' }] }), 'en', program)).content;
    const texts = textBlocks(content);
    expect(texts.some((t) => t.includes('the Partner Center') && t.includes('https://attacker.example/login'))).toBe(true);
    expect(texts.filter((t) => MARKDOWN_LINK.test(t))).toEqual([]);
  });
});

describe('a requester who types template syntax still reaches a person', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp({}, { ticketWorkerIntervalMs: 100 });
    await sayInChannel(test, personas.ivan, 'use this channel for tickets', `${CHANNEL};messageid=root-1`);
  });
  afterAll(async () => {
    await test.close();
  });

  it('posts Bob\'s ticket card with his text as typed', async () => {
    await say(test, personas.bob, 'Portal shows ${user.name}');
    expect(visibleText(await say(test, personas.bob, 'I want to talk to a person'))).toMatch(/PS-10\d\d/);
    await test.connector.waitFor(() => postedTicketCards(test).length === 1);
    expect(JSON.stringify(cardOf(postedTicketCards(test)[0]!))).toContain('Portal shows ${user.name}');
  });
});

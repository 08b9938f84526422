/**
 * A whole hand-off over real HTTP, as Dave (Contoso, no admin role) and Ivan
 * (helpdesk agent): the channel is registered, a ticket opens, is assigned,
 * answered both ways, resolved, reopened and withdrawn; every message the bot
 * sends is recorded by the local connector.
 */
import { personas } from '../../helpers/personas.js';
import { startTestApp, visibleText, type TestApp } from '../../helpers/testApp.js';
import { actionData, CHANNEL, click, currentCard, personalChatOf, postedTicketCards, say, sayInChannel, textsIn, threadOf } from './handoffHarness.js';

const { dave, ivan } = personas;
let test: TestApp;
let cardId: string;

beforeAll(async () => {
  test = await startTestApp();
}, 60_000);
afterAll(() => test.close());

const daveChat = personalChatOf(dave);
const cardData = (verb: string) => actionData(currentCard(test, cardId), verb)!;

describe('hand-off life cycle (English)', () => {
  it('lets only a helpdesk agent register the channel', async () => {
    const refused = await sayInChannel(test, dave, 'use this channel for tickets', `${CHANNEL};messageid=root-0`);
    expect(visibleText(refused)).toContain('Only helpdesk agents');
    const replies = await sayInChannel(test, ivan, 'use this channel for tickets', `${CHANNEL};messageid=root-1`);
    expect(visibleText(replies)).toContain('This channel now receives helpdesk tickets');
    expect(await test.app.store.conversationReferences.findHelpdeskChannel()).toMatchObject({ conversation: { id: CHANNEL } });
  });

  it('opens a ticket when Dave asks for a person, and posts its card to the channel', async () => {
    await say(test, dave, 'Linking fails in the Azure portal with contract 1234567890');
    const replies = await say(test, dave, 'I want to talk to a person');
    expect(visibleText(replies)).toContain('ticket PS-1001');
    await test.connector.waitFor(() => postedTicketCards(test).length === 1);
    const [card] = postedTicketCards(test);
    expect(card).toBeDefined();
    cardId = card!.activityId;
    const text = JSON.stringify(currentCard(test, cardId));
    expect(text).toContain('Ticket PS-1001');
    expect(text).toContain('Dave Ito');
    expect(text).toContain('Contoso Ltd');
    expect(text).toContain('••••7890');
    expect(text).not.toContain('1234567890');
    expect(actionData(currentCard(test, cardId), 'ticketResolve')).toEqual({ ticketId: 'PS-1001', rev: 1 });
  });

  it('refuses a non-agent who tries to resolve the ticket', async () => {
    const result = await click(test, dave, 'ticketResolve', cardData('ticketResolve'), cardId);
    expect(JSON.stringify(result.body)).toContain('Only helpdesk agents');
    expect((await test.app.store.tickets.find('PS-1001'))?.status).toBe('open');
  });

  it('assigns to Ivan once even when the action is replayed, updating the card in place and telling Dave', async () => {
    const data = cardData('ticketAssign');
    const first = await click(test, ivan, 'ticketAssign', data, cardId);
    const again = await click(test, ivan, 'ticketAssign', data, cardId);
    expect(first.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(again.body.value)).toContain('Ivan Petrov');
    expect(textsIn(test, daveChat).filter((t) => t.includes('has picked up ticket PS-1001'))).toHaveLength(1);
    expect(test.connector.inConversation(CHANNEL).some((r) => r.method === 'PUT' && r.activityId === cardId)).toBe(true);
    expect(JSON.stringify(currentCard(test, cardId))).toContain('Ivan Petrov');
  });

  it('relays Ivan\'s card reply to Dave once, even after a 429 from the connector', async () => {
    test.connector.failNext({ status: 429, retryAfterSeconds: 0 });
    const data = { ...cardData('ticketReply'), replyText: 'Please try linking again in a private window.' };
    await click(test, ivan, 'ticketReply', data, cardId);
    await click(test, ivan, 'ticketReply', data, cardId); // a replay delivers nothing more
    expect(textsIn(test, daveChat).filter((t) => t.includes('Please try linking again in a private window.'))).toHaveLength(1);
    expect(JSON.stringify(currentCard(test, cardId))).toContain('Please try linking again');
  });

  it('relays Dave\'s messages into the ticket\'s thread while the ticket is assigned', async () => {
    const replies = await say(test, dave, 'It still fails with the same error');
    expect(visibleText(replies)).toContain('Passed on to Ivan Petrov');
    await test.connector.waitFor(() => textsIn(test, threadOf(cardId)).some((t) => t.startsWith('Dave Ito (')));
    expect(textsIn(test, threadOf(cardId)).filter((t) => t.startsWith('Dave Ito ('))).toEqual(['Dave Ito (PS-1001): It still fails with the same error']);
  });

  it('relays what Ivan types in the thread to Dave', async () => {
    await sayInChannel(test, ivan, 'Could you send a screenshot?', threadOf(cardId));
    await test.connector.waitFor(() => textsIn(test, daveChat).some((t) => t.includes('Could you send a screenshot?')));
    expect(textsIn(test, daveChat)).toContain('Ivan Petrov (helpdesk, PS-1001): Could you send a screenshot?');
  });

  it('answers status questions and "back to the bot" from the bot, not the relay', async () => {
    expect(visibleText(await say(test, dave, 'status of my ticket'))).toContain('PS-1001: assigned, with Ivan Petrov');
    expect(visibleText(await say(test, dave, 'back to the bot'))).toContain('back with the bot');
    const before = textsIn(test, threadOf(cardId)).length;
    await say(test, dave, 'How many incidents do we have left?');
    expect(textsIn(test, threadOf(cardId))).toHaveLength(before);
  });

  it('resolves and reopens, telling Dave each time', async () => {
    await click(test, ivan, 'ticketResolve', cardData('ticketResolve'), cardId);
    expect((await test.app.store.tickets.find('PS-1001'))?.status).toBe('resolved');
    expect(actionData(currentCard(test, cardId), 'ticketResolve')).toBeUndefined();
    await click(test, ivan, 'ticketReopen', cardData('ticketReopen'), cardId);
    expect((await test.app.store.tickets.find('PS-1001'))?.status).toBe('assigned');
    const texts = textsIn(test, daveChat);
    expect(texts.some((t) => t.includes('has resolved ticket PS-1001'))).toBe(true);
    expect(texts.some((t) => t.includes('has reopened ticket PS-1001'))).toBe(true);
  });

  it('lets Dave withdraw his ticket; the channel hears of it and the card shows it', async () => {
    expect(visibleText(await say(test, dave, 'withdraw my ticket'))).toContain('Ticket PS-1001 is withdrawn');
    await test.connector.waitFor(() => textsIn(test, threadOf(cardId)).includes('Dave Ito withdrew ticket PS-1001.'));
    expect(textsIn(test, threadOf(cardId))).toContain('Dave Ito withdrew ticket PS-1001.');
    expect(JSON.stringify(currentCard(test, cardId))).toContain('withdrawn');
    expect(actionData(currentCard(test, cardId), 'ticketAssign')).toBeUndefined();
  });

  it('never posted a second card for the ticket', () => {
    expect(postedTicketCards(test)).toHaveLength(1);
  });
});

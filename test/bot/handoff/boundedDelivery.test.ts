/**
 * Ticket deliveries end: a post the connector accepted (any 2xx, with or
 * without an activity id, as Agents Playground and sometimes Teams answer) is
 * never sent again, and work that keeps failing is given up after a bounded
 * number of attempts, where the helpdesk can see it and re-arm it.
 */
import { personas } from '../../helpers/personas.js';
import { startTestApp, visibleText, type TestApp } from '../../helpers/testApp.js';
import { actionData, cardOf, CHANNEL, click, eventually, personalChatOf, postedTicketCards, say, sayInChannel, textsIn } from './handoffHarness.js';

const { bob, ivan } = personas;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a connector that answers 202 without an activity id', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp({}, { ticketWorkerIntervalMs: 50 });
    test.connector.acceptWithoutId = true;
    await sayInChannel(test, ivan, 'use this channel for tickets', `${CHANNEL};messageid=root-1`);
  });
  afterAll(async () => {
    await test.close();
  });

  it('posts the ticket card once, and later changes as a new message, never again', async () => {
    expect(visibleText(await say(test, bob, 'I want to talk to a person'))).toContain('PS-1001');
    await test.connector.waitFor(() => postedTicketCards(test).length === 1);
    await pause(600); // a dozen worker runs
    expect(postedTicketCards(test)).toHaveLength(1);
    expect(await test.app.store.tickets.listWithPendingWork()).toEqual([]);

    const first = postedTicketCards(test)[0]!;
    const assign = actionData(cardOf(first)!, 'ticketAssign')!;
    const clicked = await click(test, ivan, 'ticketAssign', assign, first.activityId);
    expect(clicked.status).toBe(200);
    // The invoke's answer is the card in its new state, shown in place of the clicked one: no second copy.
    expect(JSON.stringify(clicked.body)).toContain('Ivan Petrov');
    // The requester hears about it (not stuck as pending).
    await eventually(() => textsIn(test, personalChatOf(bob)).some((text) => text.includes('picked up ticket PS-1001')));
    await pause(600);
    expect(postedTicketCards(test)).toHaveLength(1);
    expect(textsIn(test, personalChatOf(bob)).filter((text) => text.includes('picked up ticket PS-1001'))).toHaveLength(1);
    expect(await test.app.store.tickets.listWithPendingWork()).toEqual([]);

    // A change made elsewhere (Bob withdraws) reaches the channel as a new message, once.
    expect(visibleText(await say(test, bob, 'withdraw my ticket'))).toContain('withdrawn');
    await test.connector.waitFor(() => postedTicketCards(test).length === 2);
    await pause(600);
    expect(postedTicketCards(test)).toHaveLength(2);
    expect(JSON.stringify(cardOf(postedTicketCards(test)[1]!))).toContain('Ivan Petrov');
    expect(await test.app.store.tickets.listWithPendingWork()).toEqual([]);
  });
});

describe('a channel that keeps refusing the ticket card', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp({ DELIVERY_MAX_ATTEMPTS: '3' }, { ticketWorkerIntervalMs: 50 });
    await sayInChannel(test, ivan, 'use this channel for tickets', `${CHANNEL};messageid=root-1`);
  });
  afterAll(async () => {
    await test.close();
  });

  it('gives up after the configured attempts, shows it to the helpdesk, and posts once the channel is registered again', async () => {
    // 403 is not retried within an attempt: one planned failure is one attempt.
    test.connector.failNext(...Array.from({ length: 10 }, () => ({ status: 403 })));
    expect(visibleText(await say(test, bob, 'I want to talk to a person'))).toContain('PS-1001');
    await eventually(() => test.connector.failuresLeft === 7);
    await pause(600);
    expect(test.connector.failuresLeft).toBe(7);
    expect(postedTicketCards(test)).toHaveLength(0);

    const status = visibleText(await say(test, ivan, 'what is the status of my ticket'));
    expect(status).toContain('PS-1001');
    expect(status).toMatch(/could not be delivered/i);
    const statusJa = visibleText(await say(test, ivan, 'チケットの状況は？', 'ja-JP'));
    expect(statusJa).toContain('PS-1001');
    expect(statusJa).toContain('届けられませんでした');

    test.connector.recover();
    await sayInChannel(test, ivan, 'use this channel for tickets', `${CHANNEL};messageid=root-2`);
    await test.connector.waitFor(() => postedTicketCards(test).length === 1);
    await pause(300);
    expect(postedTicketCards(test)).toHaveLength(1);
    expect(visibleText(await say(test, ivan, 'what is the status of my ticket'))).not.toMatch(/could not be delivered/i);
  });
});

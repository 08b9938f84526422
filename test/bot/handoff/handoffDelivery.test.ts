/**
 * Nothing is lost: a ticket whose card could not be posted (connector down,
 * or no channel registered yet) is posted by the hand-off's background worker later,
 * exactly once; forged card data is refused.
 */
import { personas, submitFrom } from '../../helpers/personas.js';
import { startTestApp, visibleText, type TestApp } from '../../helpers/testApp.js';
import { actionData, CHANNEL, click, currentCard, eventually, postedTicketCards, say, sayInChannel } from './handoffHarness.js';

const { alice, bob, dave, ivan } = personas;
let test: TestApp;

beforeAll(async () => {
  // The app's own queue checks every few seconds; a short interval keeps the test quick.
  test = await startTestApp({}, { ticketWorkerIntervalMs: 100 });
}, 60_000);
afterAll(async () => {
  await test.close();
});

describe('ticket cards survive failures', () => {
  it('posts a ticket opened before any channel was registered once the channel exists', async () => {
    const told = visibleText(await say(test, bob, 'I need to talk to a person'));
    expect(told).toContain('PS-1001');
    // No promise that a person will answer: Bob hears that the ticket waits for the helpdesk's channel.
    expect(told).toContain('has not connected its Teams channel');
    expect(told).not.toContain('A person will answer here');
    expect(postedTicketCards(test)).toHaveLength(0);
    const registered = visibleText(await sayInChannel(test, ivan, 'use this channel for tickets', `${CHANNEL};messageid=root-1`));
    expect(registered).toContain('Tickets waiting for a channel: 1');
    await test.connector.waitFor(() => postedTicketCards(test).length === 1);
    const cardId = postedTicketCards(test)[0]!.activityId;
    await eventually(async () => (await test.app.store.tickets.find('PS-1001'))?.card.activityId === cardId);
  });

  it('re-posts a card whose posting failed, and leaves exactly one', async () => {
    // Every attempt of the first delivery fails (5 attempts), then the connector recovers.
    test.connector.failNext(...Array.from({ length: 5 }, () => ({ status: 502 as const })));
    const replies = await say(test, alice, 'Can a helpdesk agent contact me?');
    expect(visibleText(replies)).toContain('PS-1002');
    await test.connector.waitFor(() => postedTicketCards(test).length === 2, 15_000);
    await eventually(async () => (await test.app.store.tickets.find('PS-1002'))?.card.activityId !== undefined);
    await new Promise((resolve) => setTimeout(resolve, 500)); // more queue runs must not post again
    expect(postedTicketCards(test).filter((r) => JSON.stringify(r.activity).includes('PS-1002'))).toHaveLength(1);
    const ticket = await test.app.store.tickets.find('PS-1002');
    expect(ticket?.card.shownRevision).toBe(ticket?.revision);
  }, 30_000);

  it('refuses forged or foreign ticket ids in card data', async () => {
    const cardId = postedTicketCards(test)[0]!.activityId;
    const forged = await click(test, ivan, 'ticketAssign', { ticketId: '../../companies/tenant-contoso', rev: 1 }, cardId);
    expect(JSON.stringify(forged.body)).toContain('ticketId');
    const missing = await click(test, ivan, 'ticketAssign', { ticketId: 'PS-9999', rev: 1 }, cardId);
    expect(JSON.stringify(missing.body)).toContain('There is no ticket PS-9999');
    // Dave may not withdraw Bob's ticket, even with a hand-made button.
    const withdraw = await test.ask(submitFrom(dave, { verb: 'ticketWithdraw', ticketId: 'PS-1001' }, { serviceUrl: test.connector.url }));
    expect(visibleText(withdraw)).toContain('can\'t find that ticket');
    expect((await test.app.store.tickets.find('PS-1001'))?.status).toBe('open');
    expect(actionData(currentCard(test, cardId), 'ticketAssign')).toMatchObject({ ticketId: 'PS-1001' });
  });
});

/**
 * Asking for a person is limited per requester, through the store: a loop of
 * "talk to a person" / "withdraw" opens at most the configured number of
 * tickets (and channel cards) per hour, then gets a clear answer in the
 * requester's language. A user the directory does not know reaches a person
 * without the bot storing a company for their tenant.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { personas } from '../../helpers/personas.js';
import { startTestApp, visibleText, type TestApp } from '../../helpers/testApp.js';
import { actionData, CHANNEL, click, currentCard, personalChatOf, postedTicketCards, say, sayInChannel, textsIn } from './handoffHarness.js';

const { bob, dave, ivan, stranger } = personas;
const LIMIT = 3;
let test: TestApp;

beforeAll(async () => {
  test = await startTestApp({ HANDOFF_TICKETS_PER_HOUR: String(LIMIT) });
  await sayInChannel(test, ivan, 'use this channel for tickets', `${CHANNEL};messageid=root-1`);
}, 60_000);
afterAll(() => test.close());

async function companyFiles(): Promise<string[]> {
  return readdir(join(test.dataDir, 'companies'));
}

describe('ticket limits', () => {
  it('points to the open ticket instead of opening a second one', async () => {
    expect(visibleText(await say(test, dave, 'I want to talk to a person'))).toContain('PS-1001');
    expect(visibleText(await say(test, dave, 'I want to talk to a person'))).toContain('PS-1001');
    expect(await test.app.store.tickets.listByRequester(dave.tenantId, dave.aadObjectId)).toHaveLength(1);
  });

  it('stops a talk-to-a-person / withdraw loop at the hourly limit, with a clear answer', async () => {
    const cardsBefore = postedTicketCards(test).length;
    let last = '';
    for (let round = 0; round < LIMIT + 3; round++) {
      last = visibleText(await say(test, bob, 'I want to talk to a person'));
      await say(test, bob, 'withdraw my ticket');
    }
    expect(last).toContain(`${LIMIT} tickets in the last hour`);
    expect(await test.app.store.tickets.listByRequester(bob.tenantId, bob.aadObjectId)).toHaveLength(LIMIT);
    await test.connector.waitFor(() => postedTicketCards(test).length === cardsBefore + LIMIT);
    expect(postedTicketCards(test).length).toBe(cardsBefore + LIMIT);
  });

  it('says so in Japanese too', async () => {
    expect(visibleText(await say(test, bob, '担当者と話したい', 'ja-JP'))).toContain(`直近 1 時間に ${LIMIT} 件`);
    expect(await test.app.store.tickets.listByRequester(bob.tenantId, bob.aadObjectId)).toHaveLength(LIMIT);
  });

  it('stores no company for a user the directory does not know, and still relays the helpdesk\'s answer', async () => {
    const before = await companyFiles();
    const opened = visibleText(await say(test, stranger, 'I want to talk to a person'));
    const id = /PS-\d+/.exec(opened)?.[0];
    expect(id).toBeDefined();
    await say(test, stranger, 'withdraw my ticket');
    await say(test, stranger, 'I want to talk to a person');
    expect(await companyFiles()).toEqual(before);
    expect((await companyFiles()).some((name) => name.includes('unknown'))).toBe(false);

    const [ticket] = (await test.app.store.tickets.listByRequester(stranger.tenantId, stranger.aadObjectId)).filter((t) => t.status === 'open');
    await test.connector.waitFor(() => ticket?.id !== undefined && postedTicketCards(test).some((r) => JSON.stringify(r.activity).includes(ticket.id)));
    const cardId = postedTicketCards(test).find((r) => JSON.stringify(r.activity).includes(ticket!.id))!.activityId;
    await click(test, ivan, 'ticketReply', { ...actionData(currentCard(test, cardId), 'ticketReply')!, replyText: 'Which company are you with?' }, cardId);
    await test.connector.waitFor(() => textsIn(test, personalChatOf(stranger)).some((t) => t.includes('Which company are you with?')));
    await say(test, stranger, 'Fabrikam');
    await say(test, stranger, 'What support benefits do we have?');
    expect(await companyFiles()).toEqual(before);
  });
});

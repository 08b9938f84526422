/**
 * Two bot processes on one PostgreSQL database, driven alternately over HTTP
 * as Teams would (which replica gets a request is up to the load balancer):
 * they must behave as one bot. One of them is then killed with SIGKILL under
 * load; what it acknowledged is kept and what it had not delivered is
 * delivered once by the other.
 */
import { randomUUID } from 'node:crypto';
import { openPostgresStore } from '../../src/storage/postgres/pgStore.js';
import type { Store } from '../../src/storage/store.js';
import { actionWithVerb, cardsIn } from '../bot/activation/cardActions.js';
import { actionData, CHANNEL, click, currentCard, personalChatOf, postedTicketCards, sayInChannel, textsIn, threadOf, type BotUnderTest } from '../bot/handoff/handoffHarness.js';
import { botClient } from '../helpers/botClient.js';
import { executeFrom, messageFrom, personas, type Persona } from '../helpers/personas.js';
import { spawnBot, type RunningBot } from '../helpers/processRunner.js';
import { RecordingConnector } from '../helpers/recordingConnector.js';
import { visibleText } from '../helpers/visibleText.js';
import { createTestDatabase } from '../postgres/testDatabase.js';

/** Generous: two bot processes share a 2-core machine with the rest of the test run. */
const LONG = 180_000;

const connector = new RecordingConnector();
let database: { url: string; drop(): Promise<void> };
let store: Store;
const processes: RunningBot[] = [];
let a: BotUnderTest;
let b: BotUnderTest;

async function startReplica(): Promise<BotUnderTest> {
  const bot = spawnBot({
    DATABASE_URL: database.url,
    PORT: '0',
    LOG_LEVEL: 'info',
    ACTIVATION_PROCESSOR: 'helpdesk',
    OUTBOX_RETRY_SECONDS: '1',
  });
  processes.push(bot);
  const port = await bot.ready(90_000);
  return { ...botClient(`http://127.0.0.1:${port}`), connector };
}

beforeAll(async () => {
  await connector.start();
  database = await createTestDatabase();
  // Started together on an empty database: migrations and the demo data are applied once.
  [a, b] = await Promise.all([startReplica(), startReplica()]);
  store = await openPostgresStore(database.url, { poolSize: 2 });
  // In developer mode each replica first makes its local chat page the helpdesk channel; then Ivan registers the real one.
  await eventually(async () => processes.every((bot) => bot.output().includes('helpdesk pane is the helpdesk channel')));
  expect(visibleText(await sayInChannel(b, ivan, 'use this channel for tickets', `${CHANNEL};messageid=root-1`))).toContain('This channel now receives helpdesk tickets');
}, LONG);

afterAll(async () => {
  for (const bot of processes) if (bot.child.exitCode === null && bot.child.signalCode === null) bot.child.kill('SIGTERM');
  await Promise.all(processes.map((bot) => bot.exited()));
  await store?.close();
  await database?.drop();
  await connector.stop();
}, LONG);

const dave = personas.dave;
const ivan = personas.ivan;
let cardId = '';

it('a double-clicked Activate split across the replicas makes one request', async () => {
  const erin = personas.erin;
  const options = { serviceUrl: connector.url };
  const activate = actionWithVerb(cardsIn(await a.ask(messageFrom(erin, 'activate our benefits', options))), 'activate')!;
  expect(activate).toBeDefined();
  const clicks = await Promise.all([a, b, a, b].map((replica) => replica.post(executeFrom(erin, activate.verb!, activate.data, options))));
  for (const response of clicks) expect(response.status).toBe(200);
  const requests = await store.activationRequests.listByTenant('tenant-fabrikam');
  expect(requests).toHaveLength(1);
  expect((await store.directory.findCompany('tenant-fabrikam'))?.activation.status).toBe('pending');
}, LONG);

it('a follow-up on the other replica keeps the conversation’s topic ("and Silver?")', async () => {
  const conversationId = `a:follow-up-${randomUUID()}`;
  const options = { serviceUrl: connector.url, conversationId };
  const first = visibleText(await a.ask(messageFrom(dave, 'how many incidents does Gold get?', options)));
  expect(first).toContain('20');
  const second = visibleText(await b.ask(messageFrom(dave, 'and Silver?', options)));
  expect(second).toContain('Silver');
  expect(second).toContain('15');
}, LONG);

it('a Teams re-send of one activity to the other replica is processed once', async () => {
  const resent = messageFrom(dave, 'I want to talk to a person', { serviceUrl: connector.url, id: `resend-${randomUUID()}` });
  const first = visibleText(await a.ask(resent));
  expect(first).toContain('ticket PS-');
  const again = await b.post(resent);
  expect(again.status).toBe(200);
  expect(await store.tickets.listByRequester(dave.tenantId, dave.aadObjectId)).toHaveLength(1);
  // Nothing was answered to the replay, so no second ticket or message could come of it.
  expect(visibleText(((again.body as { activities?: Array<Record<string, unknown>> } | undefined)?.activities ?? []))).not.toContain('ticket PS-');
}, LONG);

it('a hand-off opened on one replica is claimed and answered by an agent on the other, and relayed', async () => {
  // Dave's ticket (opened on A) gets its card from whichever replica claims the delivery: once.
  await connector.waitFor(() => postedTicketCards(a).length === 1, 30_000);
  cardId = postedTicketCards(a)[0]!.activityId;
  const assigned = await click(b, ivan, 'ticketAssign', actionData(currentCard(b, cardId), 'ticketAssign')!, cardId);
  expect(JSON.stringify(assigned.body)).toContain('Ivan Petrov');
  const [ticket] = await store.tickets.listByRequester(dave.tenantId, dave.aadObjectId);
  expect(ticket?.status).toBe('assigned');

  await sayInChannel(b, ivan, 'Could you send a screenshot?', threadOf(cardId));
  await connector.waitFor(() => textsIn(a, personalChatOf(dave)).some((t) => t.includes('Could you send a screenshot?')), 30_000);
  expect(visibleText(await a.ask(messageFrom(dave, 'Here it is: the error says access denied', { serviceUrl: connector.url })))).toContain('Passed on to Ivan Petrov');
  await connector.waitFor(() => textsIn(b, threadOf(cardId)).some((t) => t.includes('access denied')), 30_000);
  expect(textsIn(b, threadOf(cardId)).filter((t) => t.includes('access denied'))).toHaveLength(1);
  expect(textsIn(a, personalChatOf(dave)).filter((t) => t.includes('Could you send a screenshot?'))).toHaveLength(1);
  expect(postedTicketCards(a)).toHaveLength(1);
}, LONG);

it('a replica killed with SIGKILL under load loses no acknowledged write, and the other delivers what it had not, once', async () => {
  const [victim] = processes;
  // The connector is down: everything A tries to send now stays undelivered (ticket cards, relayed replies).
  connector.startOutage({ status: 500 });
  await sayInChannel(a, ivan, 'Please also send the time it happened.', threadOf(cardId));
  const pendingReply = async (): Promise<boolean> => {
    const [ticket] = await store.tickets.listByRequester(dave.tenantId, dave.aadObjectId);
    return ticket?.events.some((e) => e.text === 'Please also send the time it happened.' && e.delivery === 'pending') ?? false;
  };
  await eventually(pendingReply); // acknowledged and stored, not delivered yet

  const users: Persona[] = Array.from({ length: 12 }, (_, i) => ({ aadObjectId: `aad-load-${i}`, tenantId: 'tenant-load', name: `Load ${i}` }));
  const acknowledged: string[] = [];
  const load = users.map(async (user, i) => {
    await new Promise((resolve) => setTimeout(resolve, i * 40));
    try {
      const replies = await a.ask(messageFrom(user, 'I want to talk to a person', { serviceUrl: connector.url }));
      if (visibleText(replies).includes('ticket PS-')) acknowledged.push(user.aadObjectId);
    } catch {
      // Cut off by the kill: not acknowledged, so nothing is promised about it.
    }
  });
  // Killed mid-load: some requests answered, the rest in flight or not yet sent.
  await eventually(async () => acknowledged.length >= 3);
  victim!.child.kill('SIGKILL');
  await Promise.all(load);
  await victim!.exited();

  for (const aadObjectId of acknowledged) expect(await store.tickets.listByRequester('tenant-load', aadObjectId)).toHaveLength(1);
  const opened = (await store.tickets.listWithPendingWork()).filter((t) => t.requester.tenantId === 'tenant-load');
  expect(opened.length).toBeGreaterThanOrEqual(acknowledged.length);

  connector.endOutage();
  // B's worker and outbox retry pick up what A left: every card posted once, the relayed reply delivered once.
  await connector.waitFor(() => postedTicketCards(b).length === 1 + opened.length, 60_000);
  await connector.waitFor(() => textsIn(b, personalChatOf(dave)).some((t) => t.includes('Please also send the time')), 60_000);
  await eventually(async () => (await store.tickets.listWithPendingWork()).length === 0, 30_000);
  expect(postedTicketCards(b)).toHaveLength(1 + opened.length);
  const cardsPerTicket = new Map<string, number>();
  for (const card of postedTicketCards(b)) {
    const id = /Ticket (PS-\d+)/.exec(JSON.stringify(card.activity))?.[1] ?? '?';
    cardsPerTicket.set(id, (cardsPerTicket.get(id) ?? 0) + 1);
  }
  expect([...cardsPerTicket.values()].every((count) => count === 1)).toBe(true);
  expect(textsIn(b, personalChatOf(dave)).filter((t) => t.includes('Please also send the time'))).toHaveLength(1);
  // The survivor keeps answering.
  expect(acknowledged.length).toBeGreaterThanOrEqual(3);
  expect(visibleText(await b.ask(messageFrom(personas.stranger, 'how many incidents does Gold get?', { serviceUrl: connector.url })))).toContain('20');
}, LONG);

async function eventually(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

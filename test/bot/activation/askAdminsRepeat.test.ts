/**
 * "Ask my admins" remembers who asked only as long as it matters: a repeat
 * within ten minutes sends nothing new, an ask older than that is forgotten,
 * and a flood of distinct askers leaves a bounded memory.
 */
import { buildServices } from '../../../src/app.js';
import { buildActivationServices, type ActivationServices } from '../../../src/bot/features/activation/activationServices.js';
import { askAdminsVerb } from '../../../src/bot/features/activation/askAdminsVerb.js';
import { flowMessages } from '../../../src/bot/features/activation/flowMessages.js';
import { ASK_REPEAT_WINDOW_MS, RecentAsks } from '../../../src/bot/features/activation/recentAsks.js';
import type { BotServices } from '../../../src/bot/botServices.js';
import { loadConfig } from '../../../src/config.js';
import type { Person } from '../../../src/domain/model.js';
import { createLogger } from '../../../src/logger.js';
import { createMemoryStore, seedIfEmpty, type Store } from '../../../src/storage/index.js';
import { fakeClock } from '../../helpers/fakeClock.js';
import { TEST_TODAY } from '../../helpers/testDay.js';

const fabrikam = 'tenant-fabrikam';
const m = flowMessages.for('en');
const asked = m('asked', { names: 'Erin Sato', company: 'Fabrikam Inc' });
const askedAlready = m('askedAlready', { names: 'Erin Sato' });

const clock = fakeClock(`${TEST_TODAY}T09:00:00.000Z`);
let store: Store;
let bot: BotServices;
/** Who the admins were messaged for, one entry per message. */
let sent: string[];

beforeAll(async () => {
  store = createMemoryStore();
  await seedIfEmpty(store, TEST_TODAY);
  bot = (await buildServices(loadConfig({ LOG_LEVEL: 'silent', ACTIVATION_PROCESSOR: 'helpdesk' }), store, createLogger('silent'), clock)).services;
}, 60_000);
beforeEach(() => {
  sent = [];
});

/** Fabrikam (not activated, Erin its admin) with one more staff member who may not activate. */
async function staff(n: number): Promise<Person> {
  const person: Person = { aadObjectId: `aad-staff-${n}`, tenantId: fabrikam, name: `Staff ${n}`, roles: [], association: { mpn: true, csp: false } };
  await store.directory.savePerson(person);
  return person;
}

function activation(recentAsks: RecentAsks): ActivationServices {
  const proactive = {
    sendTo: () => Promise.resolve(),
    sendToUser: (_tenant: string, aadObjectId: string, messages: ReadonlyArray<{ text: string }>) => {
      sent.push(`${aadObjectId}: ${messages[0]?.text ?? ''}`);
      return Promise.resolve(true);
    },
  } as unknown as ActivationServices['proactive'];
  return buildActivationServices({ ...bot, proactive }, recentAsks);
}

async function ask(person: Person, services: ActivationServices): Promise<string> {
  const company = (await store.directory.findCompany(fabrikam))!;
  const result = await askAdminsVerb(
    {
      requester: { known: true, person, company },
      language: 'en',
      personalChat: true,
      conversationId: `a:personal-${person.aadObjectId}`,
      fromId: `29:${person.aadObjectId}`,
      text: '',
      state: { notUnderstoodInARow: 0, transcript: [] },
      data: { verb: 'askAdminsToActivate', tenantId: fabrikam, userId: person.aadObjectId },
      invoke: false,
    },
    services,
  );
  return result.replies.map((r) => r.text).join('\n');
}

it('a repeat within ten minutes sends nothing new; after ten minutes the admins are asked again', async () => {
  const services = activation(new RecentAsks());
  const asker = await staff(0);
  expect(await ask(asker, services)).toBe(asked);
  expect(sent).toEqual(['aad-erin: Staff 0 asks you to activate the technical benefits of Fabrikam Inc.']);
  clock.advanceMinutes(9);
  expect(await ask(asker, services)).toBe(askedAlready);
  expect(sent).toHaveLength(1);
  clock.advanceMinutes(1);
  expect(await ask(asker, services)).toBe(asked);
  expect(sent).toHaveLength(2);
});

it('askers spread over an hour leave only the last ten minutes\' asks remembered, and a recent one is still recognised', async () => {
  const recentAsks = new RecentAsks();
  const services = activation(recentAsks);
  const people = await Promise.all(Array.from({ length: 60 }, (_, i) => staff(100 + i)));
  for (const person of people) {
    expect(await ask(person, services)).toBe(asked);
    clock.advanceMinutes(1);
  }
  expect(sent).toHaveLength(60);
  // One a minute: the asks of the last ten minutes, and no more.
  expect(recentAsks.size).toBe(ASK_REPEAT_WINDOW_MS / 60_000);
  expect(await ask(people.at(-1)!, services)).toBe(askedAlready);
  expect(await ask(people[0]!, services)).toBe(asked);
  expect(sent).toHaveLength(61);
});

it('a flood of distinct askers within one window stays within the capacity; the latest still count as asked', async () => {
  const recentAsks = new RecentAsks(ASK_REPEAT_WINDOW_MS, 25);
  const services = activation(recentAsks);
  const people = await Promise.all(Array.from({ length: 200 }, (_, i) => staff(1000 + i)));
  for (const person of people) expect(await ask(person, services)).toBe(asked);
  expect(recentAsks.size).toBe(25);
  for (const person of people.slice(-25)) expect(await ask(person, services)).toBe(askedAlready);
  expect(sent).toHaveLength(200);
});

/**
 * Two bots on one PostgreSQL database retry the same outbox at the same
 * moment: each waiting message is claimed by one of them and sent once.
 */
import { startTestApp, type TestApp } from '../../helpers/testApp.js';
import { createTestSchema } from '../../postgres/testDatabase.js';

let schema: { url: string; drop(): Promise<void> };
let first: TestApp;
let second: TestApp;

beforeAll(async () => {
  schema = await createTestSchema();
  const env = { DATABASE_URL: schema.url };
  [first, second] = await Promise.all([startTestApp(env, { outboxIntervalMs: 3_600_000 }), startTestApp(env, { outboxIntervalMs: 3_600_000 })]);
}, 120_000);
afterAll(async () => {
  await Promise.all([first?.close(), second?.close()]);
  await schema?.drop();
});

it('sends every outbox message once when both replicas flush together', async () => {
  const store = first.app.store;
  await store.conversationReferences.saveUserReference('tenant-contoso', 'aad-alice', {
    channelId: 'msteams',
    serviceUrl: first.connector.url,
    conversation: { id: 'a:outbox-alice', conversationType: 'personal', tenantId: 'tenant-contoso' },
    user: { id: '29:aad-alice', aadObjectId: 'aad-alice' },
    bot: { id: '28:partner-support-bot' },
  });
  const texts = Array.from({ length: 12 }, (_, i) => `waiting message ${i}`);
  for (const [i, text] of texts.entries()) {
    await store.outbox.add({ id: `item-${i}`, tenantId: 'tenant-contoso', aadObjectId: 'aad-alice', payload: [{ text }], queuedAt: new Date().toISOString(), attempts: 1 });
  }
  const [a, b] = await Promise.all([first.app.services.proactive.flushOutbox(), second.app.services.proactive.flushOutbox()]);
  expect(a + b).toBe(12);
  const sent = first.connector.inConversation('a:outbox-alice').map((r) => String(r.activity.text));
  expect([...sent].sort()).toEqual([...texts].sort());
  expect(await second.app.store.outbox.list()).toEqual([]);
}, 120_000);

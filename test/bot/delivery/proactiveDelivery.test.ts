/**
 * Proactive messages retry what Teams asks to retry, and are kept in the
 * outbox (on disk) when the connector keeps failing, then delivered later.
 */
import { withRetry } from '../../../src/bot/delivery/retryPolicy.js';
import { startTestApp, type TestApp } from '../../helpers/testApp.js';

let t: TestApp;
const reference = () => ({
  channelId: 'msteams',
  serviceUrl: t.connector.url,
  conversation: { id: 'a:personal-aad-alice', conversationType: 'personal', tenantId: 'tenant-contoso' },
  user: { id: '29:aad-alice', aadObjectId: 'aad-alice' },
  bot: { id: '28:partner-support-bot' },
});

beforeAll(async () => {
  t = await startTestApp({}, { outboxIntervalMs: 60_000 });
  await t.app.store.conversationReferences.saveUserReference('tenant-contoso', 'aad-alice', reference());
});
afterAll(async () => {
  await t.close();
});

const fromAlice = () => t.connector.inConversation('a:personal-aad-alice').filter((r) => r.activity.type === 'message');

it('delivers once after a 429 with Retry-After', async () => {
  const before = fromAlice().length;
  t.connector.failNext({ status: 429, retryAfterSeconds: 0 });
  await t.app.services.proactive.sendToUser('tenant-contoso', 'aad-alice', [{ text: 'after throttling' }]);
  const texts = fromAlice().slice(before).map((r) => r.activity.text);
  expect(texts).toEqual(['after throttling']);
});

it('keeps a message the connector refuses in the outbox, and delivers it once when it recovers', async () => {
  const before = fromAlice().length;
  // A refusal that no retry can fix (the SDK and our policy retry 5xx and 429 themselves).
  t.connector.failNext({ status: 403 });
  expect(await t.app.services.proactive.sendToUser('tenant-contoso', 'aad-alice', [{ text: 'kept for later' }])).toBe(true);
  expect(fromAlice().length).toBe(before);
  const queued = await t.app.store.outbox.list();
  expect(queued).toHaveLength(1);
  expect(queued[0]!.lastError).toBeDefined();

  expect(await t.app.services.proactive.flushOutbox()).toBe(1);
  expect(fromAlice().slice(before).map((r) => r.activity.text)).toEqual(['kept for later']);
  expect(await t.app.store.outbox.list()).toEqual([]);
  expect(await t.app.services.proactive.flushOutbox()).toBe(0);
}, 60_000);

describe('retry policy', () => {
  const failing = (statuses: number[]) => {
    let calls = 0;
    const operation = async () => {
      const status = statuses[calls++];
      if (status !== undefined) throw Object.assign(new Error(`status ${status}`), { statusCode: status });
      return 'ok';
    };
    return { operation, calls: () => calls };
  };
  const instant = { attempts: 4, baseDelayMs: 1, maxDelayMs: 5, sleep: async () => {} };

  it.each([429, 412, 502, 504])('retries %i', async (status) => {
    const op = failing([status, status]);
    await expect(withRetry(op.operation, instant)).resolves.toBe('ok');
    expect(op.calls()).toBe(3);
  });

  it.each([400, 401, 403, 404, 500])('does not retry %i', async (status) => {
    const op = failing([status]);
    await expect(withRetry(op.operation, instant)).rejects.toThrow(`status ${status}`);
    expect(op.calls()).toBe(1);
  });

  it('gives up after the last attempt', async () => {
    const op = failing([502, 502, 502, 502, 502]);
    await expect(withRetry(op.operation, instant)).rejects.toThrow('status 502');
    expect(op.calls()).toBe(4);
  });

  it('waits what Retry-After says', async () => {
    const waits: number[] = [];
    const error = Object.assign(new Error('throttled'), { statusCode: 429, response: { headers: { get: (name: string) => (name === 'retry-after' ? '3' : null) } } });
    let first = true;
    await withRetry(async () => {
      if (first) {
        first = false;
        throw error;
      }
      return 'ok';
    }, { ...instant, maxDelayMs: 10_000, sleep: async (ms) => void waits.push(ms) });
    expect(waits).toEqual([3000]);
  });
});

describe('the outbox gives up', () => {
  const queued = (id: string, attempts: number, queuedAt: string) => ({ id, tenantId: 'tenant-contoso', aadObjectId: 'aad-alice', payload: [{ text: `kept ${id}` }], queuedAt, attempts });

  it.each([
    ['after the last allowed attempt', queued('last-try', 19, '2026-11-24T08:59:00.000Z')],
    ['once it has been failing for a day', queued('too-old', 1, '2026-11-23T08:00:00.000Z')],
  ])('%s, keeps the message as a dead letter and never retries it again', async (_name, item) => {
    await t.app.store.outbox.add(item);
    t.connector.failNext({ status: 403 }, { status: 403 }, { status: 403 });
    expect(await t.app.services.proactive.flushOutbox()).toBe(0);
    const [stored] = (await t.app.store.outbox.list()).filter((i) => i.id === item.id);
    expect(stored?.deadLetteredAt).toBeDefined();
    const left = t.connector.failuresLeft;
    expect(await t.app.services.proactive.flushOutbox()).toBe(0);
    expect(t.connector.failuresLeft).toBe(left); // not even tried
    t.connector.recover();
    expect(await t.app.services.proactive.flushOutbox()).toBe(0);
    expect(fromAlice().map((r) => r.activity.text)).not.toContain(`kept ${item.id}`);
    await t.app.store.outbox.remove(item.id);
  });
});

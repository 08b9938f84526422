/**
 * Least privilege on what an activity says about itself: no recipient is a
 * 400, a conversation that does not say it is 1:1 is not treated as one
 * (IDs stay masked), absurd nesting is a 400 (not a 500 with the raw request
 * in the log), and production takes only the channels it is meant for.
 */
import { Writable } from 'node:stream';
import { startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { messageFrom, personas } from '../helpers/personas.js';
import { startTestApp, visibleText, type TestApp } from '../helpers/testApp.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ALICE_ACCESS_ID = '7F3A9C21-4B8D-4E6F-A1C2-9D0E5B7F3A12';
let t: TestApp;
const opts = () => ({ serviceUrl: t.connector.url });

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

function deeplyNested(depth: number): string {
  return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

describe('activity shape', () => {
  it('refuses an activity without a recipient with 400', async () => {
    const { status, body } = await t.post({ ...messageFrom(personas.alice, 'hi', opts()), recipient: undefined });
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain('recipient');
  });

  it('does not show whole IDs in a conversation that does not say it is 1:1', async () => {
    const activity = messageFrom(personas.alice, 'what are our access ids?', opts());
    const conversation = { ...(activity.conversation as Record<string, unknown>) };
    delete conversation.conversationType;
    delete conversation.isGroup;
    const text = visibleText(await t.ask({ ...activity, conversation }));
    expect(text).not.toContain(ALICE_ACCESS_ID);
    // The same question in a real 1:1 chat shows it: the check above is about the conversation type.
    expect(visibleText(await t.ask(messageFrom(personas.alice, 'what are our access ids?', opts())))).toContain(ALICE_ACCESS_ID);
  });

  it('answers 20 000-deep nesting with 400 and logs no raw request', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _enc, done) => (lines.push(chunk.toString()), done()) });
    const dataDir = await mkdtemp(join(tmpdir(), 'psb-nesting-'));
    const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'info', BODY_LIMIT_BYTES: '1048576' });
    const app = await startApp(config, createLogger('info', sink));
    try {
      const activity = { ...messageFrom(personas.alice, 'hi', { serviceUrl: 'http://127.0.0.1:9/' }), value: '__NESTED__' };
      const body = JSON.stringify(activity).replace('"__NESTED__"', deeplyNested(20_000));
      const response = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer secret-token' }, body });
      expect(response.status).toBe(400);
      expect((await response.text()).length).toBeLessThan(1000);
      const log = lines.join('');
      expect(log).not.toContain('secret-token');
      expect(log).not.toContain('{"a":{"a":{"a"');
    } finally {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('channels in production', () => {
  let secured: TestApp;
  beforeAll(async () => {
    secured = await startTestApp({ MICROSOFT_APP_ID: '00000000-0000-0000-0000-000000000001', MICROSOFT_APP_PASSWORD: 'not-used', HOST: '127.0.0.1' });
  });
  afterAll(async () => {
    await secured.close();
  });

  it.each(['webchat', 'directline', 'emulator', ''])('refuses channelId "%s" with 403', async (channelId) => {
    const { status } = await secured.post({ ...messageFrom(personas.alice, 'hello', { serviceUrl: 'https://smba.trafficmanager.net/emea/' }), channelId });
    expect(status).toBe(403);
  });

  it('still asks msteams activities for a token (401)', async () => {
    const { status } = await secured.post(messageFrom(personas.alice, 'hello', { serviceUrl: 'https://smba.trafficmanager.net/emea/' }));
    expect(status).toBe(401);
  });
});

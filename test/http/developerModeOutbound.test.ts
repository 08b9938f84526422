/**
 * Developer mode sends only to this machine, also from stored references: a
 * helpdesk channel whose serviceUrl names another host (a store copied from
 * production, or edited) gets nothing; the refusal is logged and no socket
 * is ever opened to that host.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { startApp, type RunningApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { fixedClock } from '../../src/domain/clock.js';
import { createLogger } from '../../src/logger.js';
import { messageFrom, personas } from '../helpers/personas.js';
import { RecordingConnector } from '../helpers/recordingConnector.js';
import { TEST_TODAY } from '../helpers/testDay.js';
import { visibleText } from '../helpers/visibleText.js';

const FOREIGN_HOST = '203.0.113.5';
const CHANNEL = '19:helpdesk@thread.tacv2';
const logLines: string[] = [];
const connectedTo: string[] = [];
let app: RunningApp;
let connector: RecordingConnector;
let dataDir: string;

beforeAll(async () => {
  // Every outgoing TCP connection of this process passes here; a foreign one is recorded and never opened.
  const realConnect = net.Socket.prototype.connect;
  jest.spyOn(net.Socket.prototype, 'connect').mockImplementation(function (this: net.Socket, ...args: unknown[]) {
    // net.connect() hands over its arguments already normalised into one array.
    const list = Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
    const options = list[0] as { host?: string } | number | string;
    const host = typeof options === 'object' && options !== null ? String(options.host ?? 'localhost') : String(list[1] ?? 'localhost');
    connectedTo.push(host);
    if (host === FOREIGN_HOST) throw new Error('test: a connection to a foreign host was attempted');
    return (realConnect as (...a: unknown[]) => net.Socket).apply(this, args);
  });
  dataDir = await mkdtemp(join(tmpdir(), 'psb-outbound-'));
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'warn', DATA_DIR: dataDir });
  const logs = new Writable({ write(chunk: Buffer, _encoding, done) { logLines.push(chunk.toString()); done(); } });
  app = await startApp(config, createLogger(config.logLevel, logs), { clock: fixedClock(`${TEST_TODAY}T09:00:00.000Z`) });
  connector = await new RecordingConnector().start();
  await app.store.conversationReferences.saveHelpdeskChannel({
    serviceUrl: `http://${FOREIGN_HOST}/`,
    channelId: 'msteams',
    conversation: { id: CHANNEL, conversationType: 'channel', isGroup: true },
    bot: { id: 'bot', name: 'Partner Support Bot' },
  });
}, 60_000);

afterAll(async () => {
  jest.restoreAllMocks();
  await app.close();
  await connector.stop();
  await rm(dataDir, { recursive: true, force: true });
});

async function ask(activity: Record<string, unknown>): Promise<Array<Record<string, unknown>>> {
  const response = await fetch(`${app.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
    signal: AbortSignal.timeout(20_000),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { activities?: Array<Record<string, unknown>> }).activities ?? [];
}

describe('developer mode outbound calls', () => {
  it('refuses to post a ticket card to a stored channel on another host, and says so in the log', async () => {
    const replies = await ask(messageFrom(personas.bob, 'I need to talk to a person', { serviceUrl: connector.url }));
    expect(visibleText(replies)).toContain('PS-1001');
    const refusal = () => logLines.find((line) => line.includes('refused to send to a non-loopback service URL'));
    for (let i = 0; i < 100 && !refusal(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(refusal()).toContain(FOREIGN_HOST);
    // The card is still owed (not marked as posted), and nothing left this machine.
    expect((await app.store.tickets.find('PS-1001'))?.card.activityId).toBeUndefined();
    expect(connectedTo).not.toContain(FOREIGN_HOST);
    expect(connectedTo.length).toBeGreaterThan(0); // the spy saw the test's own loopback traffic
    expect(connector.inConversation(CHANNEL)).toHaveLength(0);
  }, 30_000);

  it('still replies to the local connector', async () => {
    const replies = await ask(messageFrom(personas.alice, 'hello', { serviceUrl: connector.url }));
    expect(replies.length).toBeGreaterThan(0);
  }, 30_000);
});

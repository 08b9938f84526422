/**
 * Developer mode has no authentication, so a browser on the same machine must
 * not be able to reach it from another site: DNS rebinding (a foreign Host
 * name that resolves to loopback) and cross-site requests (a foreign Origin)
 * are refused, on the bot endpoint and on the tab's API alike.
 */
import { request } from 'node:http';
import { tabMounts } from '../../src/tab/index.js';
import { messageFrom, personas } from '../helpers/personas.js';
import { startTestApp, type TestApp } from '../helpers/testApp.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({}, { mounts: (services) => tabMounts(services) });
});
afterAll(async () => {
  await t.close();
});

/** node:http, because fetch will not let a test choose the Host header. */
function send(path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; text: string }> {
  const url = new URL(t.app.url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path, method: body === undefined ? 'GET' : 'POST', headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) }) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const question = () => JSON.stringify(messageFrom(personas.alice, 'what are our access ids?', { serviceUrl: t.connector.url }));

describe('developer mode refuses other sites', () => {
  it.each(['attacker.example', 'attacker.example:3978', '127.0.0.1.nip.io', 'localhost.attacker.example'])('refuses Host %s on the bot endpoint and the tab API', async (host) => {
    const bot = await send('/api/messages', { host }, question());
    expect(bot.status).toBe(403);
    expect(bot.text).not.toMatch(/Contoso|Access/);
    const tab = await send('/api/tab/benefits?persona=aad-alice', { host });
    expect(tab.status).toBe(403);
  });

  it('refuses a cross-site Origin', async () => {
    const bot = await send('/api/messages', { host: 'localhost', origin: 'https://attacker.example' }, question());
    expect(bot.status).toBe(403);
    const tab = await send('/api/tab/benefits?persona=aad-alice', { host: '127.0.0.1', origin: 'http://attacker.example' });
    expect(tab.status).toBe(403);
  });

  it.each(['localhost', '127.0.0.1', '[::1]', 'LOCALHOST:3978'])('serves Host %s', async (host) => {
    const bot = await send('/api/messages', { host, origin: 'http://localhost:3978' }, question());
    expect(bot.status).toBe(200);
    const tab = await send('/api/tab/benefits?persona=aad-alice', { host });
    expect(tab.status).toBe(200);
  });
});

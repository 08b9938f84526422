/**
 * With authentication on, a token is checked with Bot Framework's signing
 * keys. When the key endpoint does not answer (here a local server that never
 * does), concurrent requests share one fetch and all get a 401 after the
 * timeout instead of hanging; no turn runs.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type restify from 'restify';
import { loadConfig } from '../../src/config.js';
import { createBotAdapter } from '../../src/http/botAdapter.js';
import { createHttpServer, listen, stopServer } from '../../src/http/server.js';
import { createLogger } from '../../src/logger.js';
import { messageFrom, personas } from '../helpers/personas.js';

let silentKeys: Server;
const sockets = new Set<Socket>();
let metadataRequests = 0;
let bot: restify.Server;
let botUrl: string;
let turns = 0;

/** A token whose header names a signing key, so checking it needs the keys. */
function tokenNamingAKey(): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256', kid: 'key-1', typ: 'JWT' })}.${part({ iss: 'https://api.botframework.com', aud: '00000000-0000-0000-0000-000000000001' })}.c2lnbmF0dXJl`;
}

beforeAll(async () => {
  silentKeys = createServer(() => {
    metadataRequests++; // and never answer
  });
  silentKeys.on('connection', (socket) => sockets.add(socket));
  await new Promise<void>((resolve) => silentKeys.listen(0, '127.0.0.1', resolve));
  const keysPort = (silentKeys.address() as AddressInfo).port;
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', MICROSOFT_APP_ID: '00000000-0000-0000-0000-000000000001', MICROSOFT_APP_PASSWORD: 'not-used', HOST: '127.0.0.1' });
  const logger = createLogger('silent');
  const adapter = createBotAdapter(config, logger, { openIdMetadataUrl: `http://127.0.0.1:${keysPort}/openidconfiguration`, timeoutMs: 1_000 });
  bot = createHttpServer(config, adapter, { run: async () => void turns++ }, logger);
  botUrl = `http://127.0.0.1:${await listen(bot, 0, '127.0.0.1')}`;
});

afterAll(async () => {
  await stopServer(bot);
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => silentKeys.close(resolve));
});

function post(authorization: string): Promise<number> {
  return fetch(`${botUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify(messageFrom(personas.alice, 'hello', { serviceUrl: 'https://smba.trafficmanager.net/amer/' })),
    signal: AbortSignal.timeout(30_000),
  }).then((response) => response.status);
}

it('answers every waiting request with 401 after one shared, timed-out key fetch', async () => {
  const statuses = await Promise.all(Array.from({ length: 6 }, () => post(`Bearer ${tokenNamingAKey()}`)));
  expect(statuses).toEqual([401, 401, 401, 401, 401, 401]);
  expect(metadataRequests).toBe(1);
  expect(turns).toBe(0);
}, 40_000);

it('tries again for the next request, and a malformed token never causes a fetch', async () => {
  expect(await post('Bearer not-a-token')).toBe(401);
  expect(metadataRequests).toBe(1);
  expect(await post(`Bearer ${tokenNamingAKey()}`)).toBe(401);
  expect(metadataRequests).toBe(2);
  expect(turns).toBe(0);
}, 40_000);

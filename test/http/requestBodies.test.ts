/**
 * What the endpoint accepts as a request body: JSON only, never more than the
 * body limit whatever the content type, and nothing written to disk — in
 * production mode (refused before authentication) and in developer mode.
 */
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { messageFrom, personas } from '../helpers/personas.js';
import { startTestApp, type TestApp } from '../helpers/testApp.js';

const LIMIT = 20_000;
let secured: TestApp;
let dev: TestApp;

beforeAll(async () => {
  [secured, dev] = await Promise.all([
    startTestApp({ MICROSOFT_APP_ID: '00000000-0000-0000-0000-000000000001', MICROSOFT_APP_PASSWORD: 'not-used', HOST: '127.0.0.1', BODY_LIMIT_BYTES: String(LIMIT) }),
    startTestApp({ BODY_LIMIT_BYTES: String(LIMIT) }),
  ]);
});
afterAll(async () => {
  await Promise.all([secured?.close(), dev?.close()]);
});

async function uploadsInTempFolder(): Promise<string[]> {
  return (await readdir(tmpdir())).filter((name) => name.startsWith('upload_'));
}

function multipart(bytes: number): { body: Blob; contentType: string } {
  const boundary = '----partner-support-test-boundary';
  const head = `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="big.bin"\r\ncontent-type: application/octet-stream\r\n\r\n`;
  const tail = `\r\n--${boundary}--\r\n`;
  return { body: new Blob([head, new Uint8Array(bytes).fill(65), tail]), contentType: `multipart/form-data; boundary=${boundary}` };
}

async function post(app: TestApp, body: BodyInit, contentType: string, path = '/api/messages'): Promise<number> {
  const response = await fetch(`${app.app.url}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body });
  await response.text();
  return response.status;
}

describe.each([
  ['production mode', () => secured],
  ['developer mode', () => dev],
])('request bodies in %s', (_mode, app) => {
  it('refuses a multipart upload with 415 and writes nothing to the temp folder', async () => {
    const before = await uploadsInTempFolder();
    const { body, contentType } = multipart(2 * 1024 * 1024);
    expect(await post(app(), body, contentType)).toBe(415);
    const after = await uploadsInTempFolder();
    expect(after.filter((name) => !before.includes(name))).toEqual([]);
  });

  it('refuses a form-encoded body with 415', async () => {
    const form = 'type=message&text=hi&from[id]=29:aad-alice&conversation[id]=a:x&serviceUrl=http://127.0.0.1:1/';
    expect(await post(app(), form, 'application/x-www-form-urlencoded')).toBe(415);
  });

  it.each(['text/plain', 'application/octet-stream', 'text/csv'])('refuses a %s body with 415', async (contentType) => {
    expect(await post(app(), JSON.stringify(messageFrom(personas.alice, 'hi', { serviceUrl: 'http://127.0.0.1:1/' })), contentType)).toBe(415);
  });

  it('applies the body limit to any content type (413 or 415, never read whole)', async () => {
    const status = await post(app(), new Uint8Array(LIMIT * 3).fill(65), 'application/octet-stream');
    expect([413, 415]).toContain(status);
    expect(await post(app(), JSON.stringify({ type: 'message', text: 'x'.repeat(LIMIT * 2) }), 'application/json')).toBe(413);
  });

  it('keeps answering after refused bodies', async () => {
    const health = await fetch(`${app().app.url}/healthz`);
    expect(health.status).toBe(200);
  });
});

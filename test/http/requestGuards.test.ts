import { messageFrom, personas, submitFrom } from '../helpers/personas.js';
import { startTestApp, visibleText, type TestApp } from '../helpers/testApp.js';

let t: TestApp;
const opts = () => ({ serviceUrl: t.connector.url });

beforeAll(async () => {
  t = await startTestApp({ BODY_LIMIT_BYTES: '20000', MAX_TEXT_LENGTH: '500' });
});
afterAll(async () => {
  await t.close();
});

async function raw(body: string, contentType = 'application/json'): Promise<number> {
  const response = await fetch(`${t.app.url}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body });
  await response.text();
  return response.status;
}

describe('HTTP endpoint', () => {
  it('answers the health probe', async () => {
    const response = await fetch(`${t.app.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('refuses a body over the limit with 413', async () => {
    expect(await raw(JSON.stringify({ ...messageFrom(personas.alice, 'x'.repeat(30_000), opts()) }))).toBe(413);
  });

  it('refuses malformed JSON with 400', async () => {
    expect(await raw('{"type": "message", ')).toBe(400);
  });

  it.each([
    ['no type', { type: undefined }],
    ['no conversation', { conversation: undefined }],
    ['no sender', { from: undefined }],
    ['a sender without id', { from: { name: 'x' } }],
    ['text that is not a string', { text: 42 }],
  ])('refuses an activity with %s with 400, not 500', async (_name, patch) => {
    const { status, body } = await t.post({ ...messageFrom(personas.alice, 'hi', opts()), ...patch });
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toMatch(/activity|text/i);
  });

  it('in developer mode refuses to reply to a service URL that is not on this machine', async () => {
    const { status } = await t.post(messageFrom(personas.alice, 'hi', { serviceUrl: 'https://attacker.example.com/' }));
    expect(status).toBe(403);
  });

  it('answers an unknown invoke with a 4xx and a message', async () => {
    const { status, body } = await t.post({ ...messageFrom(personas.alice, '', { ...opts(), expectReplies: false }), type: 'invoke', name: 'composeExtension/query' });
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(JSON.stringify(body)).toContain('not supported');
  });

  it('answers over-long text politely, in the user\'s language', async () => {
    const en = visibleText(await t.ask(messageFrom(personas.alice, 'help '.repeat(150), opts())));
    expect(en).toContain('500 characters');
    const ja = visibleText(await t.ask(messageFrom(personas.alice, 'ヘルプ'.repeat(200), opts())));
    expect(ja).toContain('500 文字');
  });

  it('refuses a card submission with an unknown verb with a clear card', async () => {
    const replies = await t.ask(submitFrom(personas.alice, { verb: 'deleteEverything' }, opts()));
    expect(visibleText(replies)).toMatch(/not one I know/);
  });

  it('processes a re-sent activity (same id) once', async () => {
    const activity = messageFrom(personas.alice, 'hello', { ...opts(), id: 'replayed-activity-1' });
    const first = await t.ask(activity);
    const second = await t.ask(activity);
    expect(first.length).toBeGreaterThan(0);
    expect(second).toEqual([]);
  });
});

describe('tenant allow-list', () => {
  let allowList: TestApp;
  beforeAll(async () => {
    allowList = await startTestApp({ ALLOWED_TENANTS: 'tenant-contoso' });
  });
  afterAll(async () => {
    await allowList.close();
  });

  it('refuses other tenants politely and gives them no data', async () => {
    const replies = await allowList.ask(messageFrom(personas.frank, 'how many incidents do we have left?', { serviceUrl: allowList.connector.url }));
    const text = visibleText(replies);
    expect(text).toContain('not available to your organisation');
    expect(text).not.toMatch(/Northwind|15|incident/i);
  });

  it('serves a tenant on the list', async () => {
    const replies = await allowList.ask(messageFrom(personas.alice, 'hello', { serviceUrl: allowList.connector.url }));
    expect(visibleText(replies)).toContain('Alice');
  });
});

describe('authentication', () => {
  let secured: TestApp;
  beforeAll(async () => {
    secured = await startTestApp({ MICROSOFT_APP_ID: '00000000-0000-0000-0000-000000000001', MICROSOFT_APP_PASSWORD: 'not-used', HOST: '127.0.0.1' });
  });
  afterAll(async () => {
    await secured.close();
  });

  it('refuses a request without a Bot Framework token with 401 when an app id is configured', async () => {
    const { status } = await secured.post(messageFrom(personas.alice, 'hello', { serviceUrl: 'https://smba.trafficmanager.net/emea/' }));
    expect(status).toBe(401);
  });

  it('refuses a forged token with 401', async () => {
    const response = await fetch(`${secured.app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJhdWQiOiJ4In0.' },
      body: JSON.stringify(messageFrom(personas.alice, 'hello', { serviceUrl: 'https://smba.trafficmanager.net/emea/' })),
    });
    expect(response.status).toBe(401);
  });
});

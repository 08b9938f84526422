/**
 * The connector emulation over real HTTP: replies to activities whose
 * serviceUrl is the local connector are recorded per conversation and
 * streamed as Server-Sent Events; updates and deletes too.
 */
import { messageFrom, personas } from '../helpers/personas.js';
import { startDevChatApp, type DevChatApp } from './devchatApp.js';

let dev: DevChatApp;
beforeAll(async () => {
  dev = await startDevChatApp();
}, 60_000);
afterAll(async () => dev.close());

async function waitFor<T>(probe: () => T | undefined, timeoutMs = 5000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

it('records the reply to a normal-delivery message and streams it over SSE', async () => {
  const conversationId = 'a:devchat-personal-aad-alice';
  const controller = new AbortController();
  const stream = await fetch(`${dev.app.url}/devchat/events?conversation=${encodeURIComponent(conversationId)}`, { signal: controller.signal });
  expect(stream.headers.get('content-type')).toMatch(/text\/event-stream/);
  const reader = stream.body!.getReader();
  let received = '';
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      received += new TextDecoder().decode(value);
    }
  })();
  const activity = messageFrom(personas.alice, 'how many incidents are left?', { serviceUrl: dev.connectorUrl, conversationId, expectReplies: false });
  const { status } = await dev.post(activity);
  expect(status).toBe(200);
  const reply = await waitFor(() => dev.log.history(conversationId).find((e) => e.kind === 'activity' && e.activity?.type === 'message'));
  expect(reply.activity?.conversation).toMatchObject({ id: conversationId });
  await waitFor(() => (received.includes('event: chat') && received.includes(reply.activityId) ? true : undefined));
  expect(received).toContain('event: ready');
  controller.abort();
});

it('answers the Bot Connector calls a bot makes: update, delete, new thread, members', async () => {
  const base = `${dev.connectorUrl}v3/conversations`;
  const channel = '19:devchat-helpdesk@thread.tacv2';
  const json = { 'content-type': 'application/json' };
  const created = await fetch(base, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ isGroup: true, channelData: { channel: { id: channel } }, activity: { type: 'message', text: 'ticket 1' } }),
  });
  const thread = (await created.json()) as { id: string; activityId: string };
  expect(thread.id).toBe(`${channel};messageid=${thread.activityId}`);
  const update = await fetch(`${base}/${encodeURIComponent(thread.id)}/activities/${thread.activityId}`, {
    method: 'PUT',
    headers: json,
    body: JSON.stringify({ type: 'message', text: 'ticket 1 (assigned)' }),
  });
  expect(update.status).toBe(200);
  expect(dev.log.find(channel, thread.activityId)).toMatchObject({ text: 'ticket 1 (assigned)' });
  await fetch(`${base}/${encodeURIComponent(channel)}/activities/${thread.activityId}`, { method: 'DELETE' });
  expect(dev.log.find(channel, thread.activityId)).toBeUndefined();
  const member = await fetch(`${base}/${encodeURIComponent(channel)}/members/${encodeURIComponent('29:aad-ivan')}`);
  expect(await member.json()).toMatchObject({ aadObjectId: 'aad-ivan', tenantId: 'tenant-helpdesk', name: 'Ivan Petrov' });
  expect((await fetch(`${base}/x/members/29%3Anobody`)).status).toBe(404);
});

it('serves the page, its scripts and the Adaptive Cards renderer from node_modules', async () => {
  for (const path of ['/devchat', '/devchat/devchat.js', '/devchat/chatPane.js', '/devchat/vendor/adaptivecards.min.js']) {
    const response = await fetch(`${dev.app.url}${path}`);
    expect([path, response.status]).toEqual([path, 200]);
  }
});

it('does not exist when authentication is on', async () => {
  const prod = await startDevChatApp({ MICROSOFT_APP_ID: '11111111-2222-3333-4444-555555555555', MICROSOFT_APP_PASSWORD: 'secret', HOST: '127.0.0.1' });
  try {
    for (const path of ['/devchat', '/devchat/setup', '/devchat/connector/v3/conversations/x/members']) {
      expect([path, (await fetch(`${prod.app.url}${path}`)).status]).toEqual([path, 404]);
    }
    expect((await fetch(`${prod.app.url}/api/tab/benefits?persona=aad-alice`)).status).toBe(401);
  } finally {
    await prod.close();
  }
}, 60_000);

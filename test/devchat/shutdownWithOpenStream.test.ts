/**
 * Stopping the bot while the local chat page is open: the page's event stream
 * is ended, close() finishes, and the data folder is free for the next start.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDevChatApp } from './devchatApp.js';

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'psb-shutdown-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

it('ends open event streams, closes, and releases the data folder', async () => {
  const first = await startDevChatApp({ DATA_DIR: dataDir });
  const response = await fetch(`${first.app.url}/devchat/events?conversation=a:personal-aad-alice`);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let received = '';
  while (!received.includes('event: ready')) {
    const { value, done } = await reader.read();
    if (done) throw new Error('stream ended before ready');
    received += decoder.decode(value);
  }
  const streamEnded = (async () => {
    for (;;) {
      const { done } = await reader.read().catch(() => ({ done: true }));
      if (done) return true;
    }
  })();

  // Before the fix close() never settled: fail with a message instead of hanging the run.
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('close() did not finish while an event stream was open')), 15_000);
  });
  await Promise.race([first.close(), hung]);
  clearTimeout(timer);
  expect(await streamEnded).toBe(true);

  const second = await startDevChatApp({ DATA_DIR: dataDir });
  expect((await fetch(`${second.app.url}/healthz`)).status).toBe(200);
  await second.close();
}, 40_000);

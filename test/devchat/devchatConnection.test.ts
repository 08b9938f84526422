/**
 * The local chat page while the bot goes away and comes back: one banner
 * (not a note per message or per reconnect attempt), sending paused while
 * down, "connected again" when it is back, and the chat goes on.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, type BrowserSession } from './browserHarness.js';
import { startDevChatApp, type DevChatApp } from './devchatApp.js';

let browser: BrowserSession;
let dataDir: string;
let port: number;

/** A port the OS just handed out, so the bot can come back on the same address. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: found } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return found;
}

const start = (): Promise<DevChatApp> => startDevChatApp({ PORT: String(port), DATA_DIR: dataDir });

/** Stops the bot the hard way for the page: open event streams are cut, not awaited. */
async function stop(dev: DevChatApp): Promise<void> {
  const closing = dev.close();
  (dev.app.server.server as unknown as { closeAllConnections(): void }).closeAllConnections();
  await closing;
}

beforeAll(async () => {
  browser = await launchBrowser();
  dataDir = await mkdtemp(join(tmpdir(), 'psb-devchat-down-'));
  port = await freePort();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function bannerText(page: Page): Promise<string> {
  return page.locator('#connection').innerText();
}

it('shows one banner while the bot is down, pauses sending, and says when it is back', async () => {
  let dev = await start();
  const page = await browser.newPage();
  try {
    await page.goto(`${dev.app.url}/devchat?persona=aad-alice`);
    const chat = page.locator('#chat-pane');
    await chat.locator('.bubble.bot').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('#connection').isVisible()).toBe(false);

    await stop(dev);
    await page.locator('#connection').getByText('The bot is not reachable').waitFor({ timeout: 15_000 });
    const send = chat.getByRole('button', { name: 'Send' });
    expect(await send.isDisabled()).toBe(true);
    expect(await chat.getByRole('textbox').isDisabled()).toBe(true);
    // The browser keeps retrying meanwhile; the page still shows one banner and no notes.
    await page.waitForTimeout(7_000);
    expect(await page.locator('#connection').count()).toBe(1);
    expect(await page.locator('.note').count()).toBe(0);
    expect(await bannerText(page)).toContain('not reachable');

    dev = await start();
    await page.locator('#connection').getByText('Connected to the bot again').waitFor({ timeout: 30_000 });
    expect(await send.isDisabled()).toBe(false);
    await chat.getByRole('textbox').fill('how many incidents do we have left?');
    await send.click();
    await chat.locator('.bubble.bot', { hasText: '12' }).first().waitFor({ timeout: 20_000 });
    // Coming back is not a new installation: no second greeting.
    expect(await chat.locator('.bubble.bot', { hasText: 'Hi Alice Chen' }).count()).toBe(1);
  } finally {
    await page.close();
    await dev.close();
  }
}, 120_000);

/**
 * The local chat page in headless Chromium, played as a newcomer would:
 * Erin activates (Action.Execute replaces the card, the completion arrives
 * later as a proactive message); Dave asks for a person, the ticket appears
 * in the helpdesk pane, Ivan assigns it to himself and replies.
 */
import type { Locator, Page } from 'playwright-core';
import { seriousViolations } from './accessibility.js';
import { launchBrowser, type BrowserSession } from './browserHarness.js';
import { startDevChatApp, type DevChatApp } from './devchatApp.js';

let dev: DevChatApp;
let browser: BrowserSession;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  dev = await startDevChatApp();
}, 90_000);
afterAll(async () => {
  // The browser first: its open event streams would keep the server from closing.
  await browser?.close();
  await dev?.close();
});
beforeEach(async () => {
  page = await browser.newPage();
});
afterEach(async () => page.close());

const chat = (): Locator => page.locator('#chat-pane');
const helpdesk = (): Locator => page.locator('#helpdesk-pane');

async function open(persona: string): Promise<void> {
  await page.goto(`${dev.app.url}/devchat`);
  await page.locator('#persona').selectOption(persona);
  // The bot greets a new conversation (Teams' conversationUpdate on install).
  await chat().locator('.bubble.bot').first().waitFor({ timeout: 15_000 });
}

async function say(pane: Locator, text: string): Promise<void> {
  await pane.locator('input[name=text]').fill(text);
  await pane.locator('form button[type=submit]').click();
}

it('Erin activates: the card is replaced, then the completion message arrives', async () => {
  await open('aad-erin');
  await say(chat(), 'I want to activate our technical benefits');
  const activate = chat().getByRole('button', { name: 'Activate', exact: true });
  await activate.waitFor({ timeout: 15_000 });
  const holder = chat().locator('.bubble.bot', { has: page.getByRole('button', { name: 'Activate', exact: true }) }).last();
  // Held by activity id: once replaced, the card no longer has the button to be found by.
  const card = chat().locator(`[data-activity-id="${await holder.getAttribute('data-activity-id')}"]`);
  const before = await card.innerText();
  await activate.click();
  // Action.Execute: the invoke's answer is the card that replaces this one.
  await expectChanged(card, before);
  expect(await card.getByRole('button', { name: 'Activate', exact: true }).count()).toBe(0);
  await chat().getByText(/benefits are activated/i).first().waitFor({ timeout: 20_000 });
  await browser.screenshot(page, 'devchat-erin-activated');
}, 60_000);

it('Dave asks for a person; Ivan sees the ticket, assigns it to himself and replies', async () => {
  await open('aad-dave');
  // No "use this channel" first: in developer mode the helpdesk pane is the channel from the start.
  await say(chat(), 'I would like to talk to a person at the helpdesk please');
  await chat().getByText('A person will answer here').first().waitFor({ timeout: 20_000 });
  const ticket = helpdesk().locator('.bubble.bot', { hasText: /Ticket T?-?\d+|Ticket /i }).last();
  await ticket.waitFor({ timeout: 20_000 });
  expect(await ticket.innerText()).toContain('Dave Ito');
  await ticket.getByRole('button', { name: 'Assign to me' }).click();
  await chat().getByText(/Ivan Petrov from the helpdesk has picked up/i).first().waitFor({ timeout: 20_000 });
  await ticket.getByRole('button', { name: 'Reply to requester' }).click();
  await ticket.locator('textarea').fill('Hello Dave, Ivan here. Which product is it about?');
  await ticket.locator('.card').getByRole('button', { name: 'Send', exact: true }).click();
  await chat().getByText(/Which product is it about\?/).first().waitFor({ timeout: 20_000 });
  await browser.screenshot(page, 'devchat-dave-ivan');
}, 90_000);

it('shows web addresses in answers as links, as Teams does', async () => {
  await open('aad-alice');
  await say(chat(), 'how do I open an Azure support request?');
  const link = chat().locator('.bubble.bot a[href="https://portal.azure.com"]').first();
  await link.waitFor({ timeout: 15_000 });
  expect(await link.innerText()).toBe('https://portal.azure.com');
}, 60_000);

it('answers in Japanese when the page language is Japanese', async () => {
  await page.goto(`${dev.app.url}/devchat?persona=aad-alice&lang=ja`);
  await chat().locator('.bubble.bot').first().waitFor({ timeout: 15_000 });
  expect(await page.locator('#chat-pane h2').innerText()).toBe('ボットとのチャット');
  await say(chat(), 'インシデントはあと何件残っていますか');
  await chat().locator('.bubble.bot', { hasText: '12' }).first().waitFor({ timeout: 15_000 });
}, 60_000);

it('puts a card\'s actions beyond the sixth under "More options", as Teams does (Erin\'s welcome: "Talk to the helpdesk")', async () => {
  await open('aad-erin');
  const welcome = chat().locator('.bubble.bot .card').first();
  await welcome.getByRole('button', { name: 'Our support benefits' }).waitFor();
  expect(await welcome.getByRole('button', { name: 'Talk to the helpdesk' }).count()).toBe(0);
  await welcome.getByRole('button', { name: 'More options' }).click();
  await page.getByRole('menuitem', { name: 'Talk to the helpdesk' }).click();
  await chat().getByText(/PS-\d+/).first().waitFor({ timeout: 20_000 });
}, 60_000);

it('at 400 px: no sideways scrolling, Send fully visible, one pane at a time with room to chat', async () => {
  await page.setViewportSize({ width: 400, height: 800 });
  await open('aad-alice');
  const inView = async (locator: Locator): Promise<void> => {
    const box = (await locator.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(400);
  };
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
  await inView(chat().getByRole('button', { name: 'Send' }));
  expect((await chat().locator('.log').boundingBox())!.height).toBeGreaterThan(350);
  expect(await helpdesk().isVisible()).toBe(false);

  await page.getByRole('button', { name: 'Helpdesk channel' }).click();
  expect(await chat().isVisible()).toBe(false);
  await inView(helpdesk().getByRole('button', { name: 'Send' }));
  expect((await helpdesk().locator('.log').boundingBox())!.height).toBeGreaterThan(300);
  // The registration button sits in the pane's header, not over its messages.
  const button = (await helpdesk().locator('#use-channel').boundingBox())!;
  expect(button.y + button.height).toBeLessThanOrEqual((await helpdesk().locator('.log').boundingBox())!.y);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
  await browser.screenshot(page, 'devchat-400px');
}, 60_000);

it('has labelled inputs and no serious or critical accessibility violations, with cards on screen', async () => {
  await open('aad-alice');
  await say(chat(), 'activate our support benefits');
  await chat().getByRole('button', { name: 'Why?' }).first().waitFor({ timeout: 15_000 });
  await page.getByRole('textbox', { name: 'Message to the bot' }).waitFor();
  await page.getByRole('textbox', { name: 'Message in the helpdesk channel' }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
}, 60_000);

async function expectChanged(locator: Locator, before: string): Promise<void> {
  const started = Date.now();
  while ((await locator.innerText()) === before) {
    if (Date.now() - started > 15_000) throw new Error('the card was not replaced');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

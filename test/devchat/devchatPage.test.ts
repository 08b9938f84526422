/**
 * The local chat page in headless Chromium, played as a newcomer would:
 * Erin activates (Action.Execute replaces the card, the completion arrives
 * later as a proactive message); Dave asks for a person, the ticket appears
 * in the helpdesk pane, Ivan assigns it to himself and replies.
 */
import type { Locator, Page } from 'playwright-core';
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
  await helpdesk().locator('#use-channel').click();
  await helpdesk().locator('.bubble.bot').last().waitFor({ timeout: 15_000 });
  await say(chat(), 'I would like to talk to a person at the helpdesk please');
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

it('answers in Japanese when the page language is Japanese', async () => {
  await page.goto(`${dev.app.url}/devchat?persona=aad-alice&lang=ja`);
  await chat().locator('.bubble.bot').first().waitFor({ timeout: 15_000 });
  expect(await page.locator('#chat-pane h2').innerText()).toBe('ボットとのチャット');
  await say(chat(), 'インシデントはあと何件残っていますか');
  await chat().locator('.bubble.bot', { hasText: '12' }).first().waitFor({ timeout: 15_000 });
}, 60_000);

async function expectChanged(locator: Locator, before: string): Promise<void> {
  const started = Date.now();
  while ((await locator.innerText()) === before) {
    if (Date.now() - started > 15_000) throw new Error('the card was not replaced');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

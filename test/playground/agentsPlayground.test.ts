/**
 * The bot in a real Teams client emulator: Microsoft 365 Agents Playground,
 * driven in headless Chromium, against the real bot in developer mode.
 * Dave (Contoso) asks a question in his personal chat and asks for a person;
 * Ivan (helpdesk agent, a second playground) registers the Tickets channel,
 * sees the ticket card there once, assigns it with the card's Action.Execute
 * (the card is updated in place), and Dave's chat receives the proactive
 * "picked up" message. Everything runs with this machine only.
 */
import type { Locator, Page } from 'playwright-core';
import { launchBrowser, type BrowserSession } from '../devchat/browserHarness.js';
import { startDevChatApp, type DevChatApp } from '../devchat/devchatApp.js';
import { startPlayground, thisMachineOnly, type Playground } from './playgroundHarness.js';

let dev: DevChatApp;
let browser: BrowserSession;
let dave: Playground;
let ivan: Playground;
let davePage: Page;
let ivanPage: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  await thisMachineOnly(browser.context);
  dev = await startDevChatApp();
  [dave, ivan] = await Promise.all([startPlayground('dave', dev.app.url), startPlayground('ivan', dev.app.url)]);
  davePage = await browser.newPage();
  ivanPage = await browser.newPage();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await Promise.all([dave?.stop(), ivan?.stop()]);
  await dev?.close();
});

/** The message box of the open conversation (in a channel: "Start a new post"). */
const composer = (page: Page): Locator => page.getByRole('textbox').first();

async function send(page: Page, text: string): Promise<void> {
  await composer(page).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

it('answers Dave\'s question in his personal chat', async () => {
  await davePage.goto(dave.url);
  // The playground installs the bot in the personal chat: the welcome card greets Dave.
  await davePage.getByText('Hi Dave Ito!').first().waitFor({ timeout: 30_000 });
  await send(davePage, 'how many incidents do we have left?');
  await davePage.getByText('Contoso Ltd has 12 of 20 on-premises product support incidents left').first().waitFor({ timeout: 30_000 });
}, 90_000);

it('lets Ivan make the Tickets channel the helpdesk channel with an @mention', async () => {
  await ivanPage.goto(ivan.url);
  await ivanPage.getByRole('treeitem', { name: /Tickets/ }).click();
  await composer(ivanPage).click();
  await ivanPage.keyboard.type('@Partner');
  await ivanPage.getByRole('menuitem', { name: 'Partner Support Bot' }).click();
  await ivanPage.keyboard.type(' use this channel for tickets');
  await ivanPage.getByRole('button', { name: 'Post' }).click();
  await ivanPage.getByText('This channel now receives helpdesk tickets').first().waitFor({ timeout: 30_000 });
}, 90_000);

it('posts Dave\'s hand-off to the channel once; Ivan assigns it in place and Dave is told', async () => {
  await send(davePage, 'I want to talk to a person');
  await davePage.getByText('A person will answer here').first().waitFor({ timeout: 30_000 });

  const card = ivanPage.locator('.ac-adaptiveCard', { hasText: 'Ticket PS-1001' });
  await card.first().waitFor({ timeout: 30_000 });
  // Long enough for the bot's ticket worker to come round again: the card must not be posted twice.
  await ivanPage.waitForTimeout(12_000);
  expect(await card.count()).toBe(1);
  expect(await card.innerText()).toContain('Dave Ito');

  await card.getByRole('button', { name: 'Assign to me' }).click();
  // Action.Execute: the invoke's answer replaces this card where it is.
  await card.getByText('Ivan Petrov').first().waitFor({ timeout: 30_000 });
  await browser.screenshot(ivanPage, 'playground-ivan-assigned');
  // The playground answers posts with 202 and no id: the bot cannot edit the card later, and must not post it again.
  await ivanPage.waitForTimeout(8_000);
  expect(await card.count()).toBe(1);

  // Proactive: the bot tells Dave in his personal chat, which the playground shows as it arrives.
  await davePage.getByText(/Ivan Petrov from the helpdesk has picked up ticket PS-1001/).first().waitFor({ timeout: 30_000 });
}, 120_000);

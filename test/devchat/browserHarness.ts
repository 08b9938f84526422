/**
 * Headless Chromium for the page tests: Debian's chromium driven by
 * playwright-core, a fresh profile per launch, no network beyond this machine.
 * When chromium is missing the tests fail and say how to install it.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export interface BrowserSession {
  readonly context: BrowserContext;
  newPage(): Promise<Page>;
  /** Saves a screenshot under $SCREENSHOT_DIR when set (to look at the page). */
  screenshot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<BrowserSession> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is missing at ${CHROMIUM_PATH}. Install Debian's chromium: sudo apt-get update && sudo apt-get install -y chromium`);
  }
  const profile = await mkdtemp(join(tmpdir(), 'psb-chromium-'));
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  // A persistent context is how playwright takes a --user-data-dir of our choosing.
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, args, headless: true, viewport: { width: 1280, height: 860 } });
  const browser: Browser | null = context.browser();
  return {
    context,
    newPage: () => context.newPage(),
    async screenshot(page, name) {
      const dir = process.env.SCREENSHOT_DIR;
      if (dir) await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
    },
    async close() {
      await context.close();
      await browser?.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

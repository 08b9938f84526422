/**
 * The "My support benefits" tab: over HTTP with an SSO bearer token (signed
 * by a local key set), and in headless Chromium outside Teams, where developer
 * mode offers the persona picker: Alice sees 12 incidents left.
 */
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createSsoValidator, issuersFor, TEAMS_CLIENT_IDS } from '../../src/tab/index.js';
import { seriousViolations } from '../devchat/accessibility.js';
import { launchBrowser, type BrowserSession } from '../devchat/browserHarness.js';
import { startDevChatApp, type DevChatApp } from '../devchat/devchatApp.js';

const APP_ID = '11111111-2222-3333-4444-555555555555';
let dev: DevChatApp;
let browser: BrowserSession;
let token: (oid: string, tid: string) => Promise<string>;

beforeAll(async () => {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const keys = createLocalJWKSet({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256' }] });
  token = (oid, tid) =>
    new SignJWT({ oid, tid, scp: 'access_as_user', azp: TEAMS_CLIENT_IDS[0] })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuedAt()
      .setIssuer(issuersFor(tid)[0]!)
      .setAudience(`api://localhost/${APP_ID}`)
      .setExpirationTime('10m')
      .sign(privateKey);
  browser = await launchBrowser();
  dev = await startDevChatApp({}, { validator: createSsoValidator({ appId: APP_ID, domain: 'localhost', allowedTenants: [], keys }) });
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await dev?.close();
});

const benefits = (init: RequestInit = {}, query = ''): Promise<Response> => fetch(`${dev.app.url}/api/tab/benefits${query}`, init);

it('answers a valid SSO token with that user\'s benefits, IDs masked with the whole value for the owner', async () => {
  const response = await benefits({ headers: { authorization: `Bearer ${await token('aad-alice', 'tenant-contoso')}` } });
  expect(response.status).toBe(200);
  const view = (await response.json()) as { company: { name: string }; contracts: Array<{ remaining: number | null; accessId: { masked: string; full?: string } }> };
  expect(view.company.name).toBe('Contoso Ltd');
  expect(view.contracts.map((c) => c.remaining)).toContain(12);
  expect(view.contracts[0]!.accessId.masked).toMatch(/^••••/);
  expect(view.contracts[0]!.accessId.full).toBeDefined();
});

it('keeps the whole IDs from colleagues who do not own the contract', async () => {
  const response = await benefits({ headers: { authorization: `Bearer ${await token('aad-dave', 'tenant-contoso')}` } });
  const view = (await response.json()) as { contracts: Array<{ accessId: { full?: string }; contractId: { full?: string } }> };
  expect(view.contracts.every((c) => c.accessId.full === undefined && c.contractId.full === undefined)).toBe(true);
});

it('gives the whole IDs to an admin who may activate (Bob), as in a 1:1 chat with the bot', async () => {
  const response = await benefits({ headers: { authorization: `Bearer ${await token('aad-bob', 'tenant-contoso')}` } });
  const view = (await response.json()) as { contracts: Array<{ accessId: { full?: string } }> };
  expect(view.contracts.map((c) => c.accessId.full)).toContain('7F3A9C21-4B8D-4E6F-A1C2-9D0E5B7F3A12');
});

it('refuses a missing or bad token, and an unknown user', async () => {
  expect((await benefits()).status).toBe(401);
  expect((await benefits({ headers: { authorization: 'Bearer nonsense' } })).status).toBe(401);
  expect((await benefits({ headers: { authorization: `Bearer ${await token('aad-nobody', 'tenant-contoso')}` } })).status).toBe(404);
});

it('outside Teams says so and, in developer mode, shows Alice her 12 incidents left', async () => {
  const page = await browser.newPage();
  try {
    await page.goto(`${dev.app.url}/tab?persona=aad-alice&lang=en`);
    await page.locator('#notice').getByText(/Open it in Microsoft Teams/).waitFor({ timeout: 10_000 });
    await page.getByText('12 left').waitFor({ timeout: 10_000 });
    expect(await page.locator('#dev-picker select').inputValue()).toBe('aad-alice');
    // Four Show buttons, each named for the ID and contract it reveals.
    const reveal = page.getByRole('button', { name: 'Show the Access ID of Microsoft Product Support (on-premises)' });
    await reveal.click();
    await page.getByText('7F3A9C21-4B8D-4E6F-A1C2-9D0E5B7F3A12').waitFor();
    await page.getByRole('button', { name: 'Hide the Access ID of Microsoft Product Support (on-premises)' }).waitFor();
    const names = await page.locator('button.reveal').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
    expect(names).toHaveLength(4);
    expect(new Set(names).size).toBe(4);
    expect(await seriousViolations(page)).toEqual([]);
    await browser.screenshot(page, 'tab-alice');
    await page.goto(`${dev.app.url}/tab?persona=aad-frank&lang=ja`);
    await page.getByText('残り 3 件').waitFor({ timeout: 10_000 });
    await browser.screenshot(page, 'tab-frank-ja');
  } finally {
    await page.close();
  }
}, 60_000);

it.each([['an unknown id', 'aad-nobody'], ['a bogus value', '%3Cscript%3E'], ['the unknown demo user', 'aad-stranger']])(
  'with %s in ?persona= shows "not in the partner directory" and no one\'s data',
  async (_case, persona) => {
    const page = await browser.newPage();
    try {
      await page.goto(`${dev.app.url}/tab?persona=${persona}&lang=en`);
      await page.locator('#notice').getByText('You are not in the partner directory').waitFor({ timeout: 10_000 });
      expect(await page.locator('#notice').innerText()).toBe('You are not in the partner directory, so there are no benefits to show.');
      expect(await page.locator('#content').innerText()).toBe('');
      // The developer-mode picker names who is shown: the unknown user, not the first persona.
      expect(await page.locator('#dev-picker select option:checked').innerText()).toBe('An unknown user (not in the directory)');
      expect(await page.getByRole('button', { name: /Show/ }).count()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  },
  60_000,
);

it('loads nothing from outside this machine (the tab and the local chat page)', async () => {
  const page = await browser.newPage();
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(dev.app.url) && !request.url().startsWith('data:')) elsewhere.push(request.url());
  });
  try {
    await page.goto(`${dev.app.url}/tab?persona=aad-alice&lang=en`);
    await page.getByText('12 left').waitFor({ timeout: 10_000 });
    await page.goto(`${dev.app.url}/devchat?persona=aad-alice`);
    await page.locator('#chat-pane .bubble.bot').first().waitFor({ timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    expect(elsewhere).toEqual([]);
  } finally {
    await page.close();
  }
}, 60_000);

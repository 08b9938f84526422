/**
 * Production (an app id set) never invents partner data: an empty store
 * stays empty, the bot starts, says once that the directory is empty and how
 * to import, and still answers general questions. Demo data needs developer
 * mode or DEMO_DATA=true.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLowdbStore } from '../../src/storage/lowdb/lowdbStore.js';
import { openPostgresStore } from '../../src/storage/postgres/pgStore.js';
import { messageFrom, personas } from '../helpers/personas.js';
import { spawnBot } from '../helpers/processRunner.js';
import { startTestApp, visibleText } from '../helpers/testApp.js';
import { createTestDatabase } from '../postgres/testDatabase.js';

const LONG = 120_000;
const PRODUCTION = { MICROSOFT_APP_ID: '00000000-0000-0000-0000-000000000001', MICROSOFT_APP_PASSWORD: 'not-used', HOST: '127.0.0.1', PORT: '0' };
const EMPTY_WARNING = 'The partner directory is empty';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'psb-clean-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

it('an empty embedded store in production stays empty and the bot says once how to import', async () => {
  const dataDir = join(dir, 'data');
  const bot = spawnBot({ ...PRODUCTION, DATA_DIR: dataDir });
  await bot.ready(60_000);
  bot.child.kill('SIGTERM');
  expect(await bot.exited()).toBe(0);
  expect(bot.output().split(EMPTY_WARNING)).toHaveLength(2);
  expect(bot.output()).toContain('npm run import -- <folder>');
  const store = await openLowdbStore(dataDir);
  try {
    expect(await store.isEmpty()).toBe(true);
    expect(await store.directory.findPerson('tenant-helpdesk', 'aad-ivan')).toBeUndefined();
  } finally {
    await store.close();
  }
}, LONG);

it('an empty PostgreSQL database in production gets its schema but no demo person', async () => {
  const database = await createTestDatabase();
  const bot = spawnBot({ ...PRODUCTION, DATABASE_URL: database.url });
  try {
    await bot.ready(60_000);
    expect(bot.output()).toContain(EMPTY_WARNING);
    const store = await openPostgresStore(database.url, { poolSize: 1 });
    try {
      expect(await store.isEmpty()).toBe(true);
      expect(await store.directory.findPerson('tenant-contoso', 'aad-alice')).toBeUndefined();
    } finally {
      await store.close();
    }
  } finally {
    bot.child.kill('SIGTERM');
    await bot.exited();
    await database.drop();
  }
}, LONG);

it('the demo activation processor is refused when authentication is on', async () => {
  const bot = spawnBot({ ...PRODUCTION, DATA_DIR: join(dir, 'data'), ACTIVATION_PROCESSOR: 'demo' });
  expect(await bot.exited()).toBe(2);
  expect(bot.output()).toContain('ACTIVATION_PROCESSOR');
}, LONG);

it('with an empty directory the bot still answers general questions', async () => {
  const test = await startTestApp({ DEMO_DATA: 'false' });
  try {
    const serviceUrl = test.connector.url;
    expect(visibleText(await test.ask(messageFrom(personas.alice, 'how many incidents does Gold get?', { serviceUrl })))).toContain('20');
    expect(await test.app.store.directory.findPerson('tenant-contoso', 'aad-alice')).toBeUndefined();
    expect(await test.app.store.isEmpty()).toBe(true);
  } finally {
    await test.close();
  }
}, LONG);

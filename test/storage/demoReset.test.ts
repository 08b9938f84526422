/**
 * `npm run demo:reset` starts the demo over: after Erin's activation, an
 * emptied store is seeded again with Fabrikam not activated. It refuses while
 * a bot holds the store, and says what it did.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectPath } from '../../src/projectRoot.js';
import { emptyDataDir, openLowdbStore, seedIfEmpty, StoreLockedError } from '../../src/storage/index.js';
import { assertBuilt } from '../helpers/processRunner.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'psb-reset-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function playErinsActivation(): Promise<void> {
  const store = await openLowdbStore(dir);
  await seedIfEmpty(store, '2026-11-24');
  const fabrikam = (await store.directory.findCompany('tenant-fabrikam'))!;
  await store.directory.saveCompany({ ...fabrikam, activation: { status: 'activated', activatedAt: '2026-11-24T09:00:00.000Z' } });
  await store.close();
}

/** Runs the compiled script the way `npm run demo:reset` does. */
function runScript(): Promise<{ code: number | null; output: string }> {
  assertBuilt();
  const child = spawn(process.execPath, [projectPath('dist', 'scripts', 'demoReset.js')], {
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

it('empties the store so the next start seeds the demo again', async () => {
  await playErinsActivation();
  expect(await emptyDataDir(dir)).toBeGreaterThan(0);
  const store = await openLowdbStore(dir);
  try {
    expect(await seedIfEmpty(store, '2026-11-25')).toBe(true);
    expect((await store.directory.findCompany('tenant-fabrikam'))?.activation.status).toBe('notActivated');
  } finally {
    await store.close();
  }
});

it('refuses while a bot holds the store, and leaves it as it was', async () => {
  await playErinsActivation();
  const store = await openLowdbStore(dir);
  try {
    await expect(emptyDataDir(dir)).rejects.toBeInstanceOf(StoreLockedError);
    const script = await runScript();
    expect(script.code).toBe(1);
    expect(script.output).toContain('Cannot reset while the bot runs on this store');
    expect((await store.directory.findCompany('tenant-fabrikam'))?.activation.status).toBe('activated');
  } finally {
    await store.close();
  }
});

it('as a command, says what it did', async () => {
  await playErinsActivation();
  const first = await runScript();
  expect(first.code).toBe(0);
  expect(first.output).toContain('Demo store emptied');
  const again = await runScript();
  expect(again.output).toContain('already empty');
});

/** One process per data directory: the lock file and its takeover rules. */
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openLowdbStore } from '../../src/storage/lowdb/lowdbStore.js';
import { StoreLockedError } from '../../src/storage/storageErrors.js';
import { makeTempDataDir, removeTempDataDir } from '../helpers/storeFactories.js';

let dataDir: string;
beforeEach(async () => {
  dataDir = await makeTempDataDir();
});
afterEach(() => removeTempDataDir(dataDir));

const lockPath = (): string => join(dataDir, '.lock');

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

it('holds <dataDir>/.lock with this pid while open and removes it on close', async () => {
  const store = await openLowdbStore(dataDir);
  expect((await readFile(lockPath(), 'utf8')).trim()).toBe(String(process.pid));
  await store.close();
  await expect(readFile(lockPath(), 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
});

it('refuses a second open of the same directory until the first is closed', async () => {
  const first = await openLowdbStore(dataDir);
  const second = openLowdbStore(dataDir);
  await expect(second).rejects.toBeInstanceOf(StoreLockedError);
  await expect(second).rejects.toMatchObject({ code: 'STORE_LOCKED', holderPid: process.pid });
  await expect(second).rejects.toThrow(dataDir);
  await expect(second).rejects.toThrow(`process ${process.pid}`);
  await first.close();

  const third = await openLowdbStore(dataDir);
  await third.close();
});

it('refuses a directory locked by another live process, leaving its lock alone', async () => {
  const livePid = process.ppid; // our parent is alive while we run
  await writeFile(lockPath(), `${livePid}\n`);
  await expect(openLowdbStore(dataDir)).rejects.toMatchObject({ code: 'STORE_LOCKED', holderPid: livePid });
  expect((await readFile(lockPath(), 'utf8')).trim()).toBe(String(livePid));
});

it('takes over a lock whose process is dead', async () => {
  await writeFile(lockPath(), `${deadPid()}\n`);
  const store = await openLowdbStore(dataDir);
  expect((await readFile(lockPath(), 'utf8')).trim()).toBe(String(process.pid));
  await store.close();
});

it('takes over a lock naming our own pid that this process does not hold (a restarted container)', async () => {
  await writeFile(lockPath(), `${process.pid}\n`);
  const store = await openLowdbStore(dataDir);
  await store.close();
});

it('respects a fresh lock file that names no pid yet (another process is creating it)', async () => {
  await writeFile(lockPath(), '');
  await expect(openLowdbStore(dataDir)).rejects.toThrow(/in use by another process/);
});

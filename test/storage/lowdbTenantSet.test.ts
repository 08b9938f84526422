/** The pending-activation index on disk: an append-only log, older JSON documents read once, a damaged line refused. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LowdbTenantSet } from '../../src/storage/lowdb/lowdbTenantSet.js';
import { CorruptStoreFileError } from '../../src/storage/storageErrors.js';
import { makeTempDataDir, removeTempDataDir } from '../helpers/storeFactories.js';

let dir: string;
let logPath: string;
let legacyPath: string;
beforeEach(async () => {
  dir = await makeTempDataDir();
  logPath = join(dir, 'pending-activations.jsonl');
  legacyPath = join(dir, 'pending-activations.json');
});
afterEach(() => removeTempDataDir(dir));

const lines = async (): Promise<string[]> => (await readFile(logPath, 'utf8')).trimEnd().split('\n');

it('writes one line per add or remove, never the whole set, and reads the same set back', async () => {
  const set = new LowdbTenantSet(logPath, legacyPath);
  await Promise.all(Array.from({ length: 50 }, (_, i) => set.add(`tenant-${i}`)));
  await set.add('tenant-3'); // already there: nothing written
  await set.remove('tenant-7');
  await set.remove('tenant-unknown'); // not there: nothing written
  await set.close();
  expect(await lines()).toHaveLength(51);

  const reopened = new LowdbTenantSet(logPath, legacyPath);
  const expected = Array.from({ length: 50 }, (_, i) => `tenant-${i}`).filter((t) => t !== 'tenant-7');
  expect((await reopened.list()).sort()).toEqual(expected.sort());
  await reopened.close();
});

it('takes over the set from a store written before the log, then forgets the old document', async () => {
  await writeFile(legacyPath, JSON.stringify({ version: 1, tenants: ['tenant-a', 'tenant-b'] }, null, 2));
  const set = new LowdbTenantSet(logPath, legacyPath);
  expect((await set.list()).sort()).toEqual(['tenant-a', 'tenant-b']);
  await set.add('tenant-c');
  await set.close();
  await expect(readFile(legacyPath, 'utf8')).rejects.toThrow(/ENOENT/);
  const reopened = new LowdbTenantSet(logPath, legacyPath);
  expect((await reopened.list()).sort()).toEqual(['tenant-a', 'tenant-b', 'tenant-c']);
  await reopened.close();
});

it('rewrites a log that has grown well past its tenants when it is opened', async () => {
  const set = new LowdbTenantSet(logPath);
  for (let i = 0; i < 300; i += 1) {
    await set.add(`tenant-${i}`);
    if (i !== 42) await set.remove(`tenant-${i}`);
  }
  await set.close();
  expect(await lines()).toHaveLength(599);

  const reopened = new LowdbTenantSet(logPath);
  expect(await reopened.list()).toEqual(['tenant-42']);
  await reopened.close();
  expect(await lines()).toEqual([JSON.stringify({ add: 'tenant-42' })]);
});

it('refuses a damaged line, naming the file, and leaves the file as it was', async () => {
  const damaged = `${JSON.stringify({ add: 'tenant-a' })}\n{"add": 7}\n`;
  await writeFile(logPath, damaged);
  const set = new LowdbTenantSet(logPath);
  await expect(set.list()).rejects.toThrow(CorruptStoreFileError);
  await expect(set.add('tenant-b')).rejects.toThrow(/pending-activations\.jsonl.*line 2/);
  expect(await readFile(logPath, 'utf8')).toBe(damaged);
});

it('drops a torn last line left by a crash and keeps every whole one', async () => {
  await writeFile(logPath, `${JSON.stringify({ add: 'tenant-a' })}\n{"add":"tena`);
  const set = new LowdbTenantSet(logPath);
  expect(await set.list()).toEqual(['tenant-a']);
  await set.add('tenant-b');
  await set.close();
  expect(await lines()).toEqual([JSON.stringify({ add: 'tenant-a' }), JSON.stringify({ add: 'tenant-b' })]);
});

it('reads a damaged log again once it is repaired, without being reopened', async () => {
  await writeFile(logPath, `${JSON.stringify({ add: 'tenant-a' })}\n{"add": 7}\n`);
  const set = new LowdbTenantSet(logPath);
  await expect(set.list()).rejects.toThrow(CorruptStoreFileError);
  await writeFile(logPath, `${JSON.stringify({ add: 'tenant-a' })}\n`);
  expect(await set.list()).toEqual(['tenant-a']);
  await set.close();
});

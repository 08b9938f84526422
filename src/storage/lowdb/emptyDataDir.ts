/**
 * Empties a store folder so the next start creates the demo data afresh
 * (`npm run demo:reset`). It takes the folder's lock first: a running bot
 * holds it, and its data is never pulled out from under it.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DataDirLock } from './dataDirLock.js';

/** Removes everything in `dataDir`; returns how many entries went. A missing folder is already empty. */
export async function emptyDataDir(dataDir: string): Promise<number> {
  let entries: string[];
  try {
    entries = await readdir(dataDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  const lock = await DataDirLock.acquire(dataDir);
  try {
    const removable = entries.filter((name) => name !== '.lock');
    for (const name of removable) await rm(join(dataDir, name), { recursive: true, force: true });
    return removable.length;
  } finally {
    await lock.release();
  }
}

/**
 * A crash between a write's temp file and its rename leaves ".<name>.tmp"
 * behind. The real file is still whole (the rename never happened), so the
 * temp file is garbage; removing it at open, while holding the directory
 * lock, cannot race a writer.
 */
import { readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { isWriteTempFileName } from './validatedJsonFile.js';

/** Removes write temp files directly inside `dir`; returns the names removed. */
export async function removeStaleTempFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const stale = entries.filter((entry) => entry.isFile() && isWriteTempFileName(entry.name)).map((entry) => entry.name);
  await Promise.all(stale.map((name) => unlink(join(dir, name))));
  return stale;
}

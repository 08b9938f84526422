/**
 * The trained-model cache: kept in the project's node_modules/.cache (not the
 * shared temp folder), readable and writable by its owner only, and a cached
 * model that anyone else could have written is never loaded.
 */
import { chmodSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { modelCacheDir, readCachedModel, writeCachedModel } from '../../src/nlu/modelCache.js';

const key = `test-${process.pid}-${Date.now()}`;
const file = (): string => path.join(modelCacheDir(), `${key}.json`);

it('lives in the project, not in the shared temp folder', () => {
  // A folder of its own in the project (which may itself sit under the temp folder), never one shared there.
  expect(path.dirname(modelCacheDir())).not.toBe(os.tmpdir());
  expect(modelCacheDir()).toBe(path.join(process.cwd(), 'node_modules', '.cache', 'partner-support-bot-nlu'));
});

it('writes files only its owner can read or write, and reads them back', () => {
  writeCachedModel(key, '{"model":true}');
  expect(statSync(file()).mode & 0o777).toBe(0o600);
  expect(statSync(modelCacheDir()).mode & 0o077).toBe(0);
  expect(readCachedModel(key)).toBe('{"model":true}');
});

it('ignores a cached model that other users could have written', () => {
  writeCachedModel(key, '{"model":"planted"}');
  chmodSync(file(), 0o666);
  expect(readCachedModel(key)).toBeUndefined();
});

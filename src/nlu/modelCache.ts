import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

/**
 * Trained models on disk, keyed by a hash of everything that shapes them:
 * the training documents, the nlp.js version and a version of our own
 * preprocessing. Any corpus edit changes the key, so a stale model is never
 * served; the cache only saves the few seconds of training per process
 * (every jest worker and every server start would otherwise retrain).
 */

/** Bump when normalisation or the training pipeline changes. */
const PIPELINE_VERSION = 6;

const require = createRequire(import.meta.url);

function nlpjsVersion(): string {
  const pkg = require('@nlpjs/nlp/package.json') as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : 'unknown';
}

export function modelKey(documents: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify({ v: PIPELINE_VERSION, nlpjs: nlpjsVersion(), documents }))
    .digest('hex')
    .slice(0, 32);
}

const cacheDir = (): string => path.join(os.tmpdir(), 'partner-support-bot-nlu');

export function readCachedModel(key: string): string | undefined {
  try {
    return readFileSync(path.join(cacheDir(), `${key}.json`), 'utf8');
  } catch {
    return undefined; // absent or unreadable: train instead
  }
}

/** Best effort: a read-only tmp dir costs training time, never a failure. */
export function writeCachedModel(key: string, model: string): void {
  try {
    mkdirSync(cacheDir(), { recursive: true });
    // Write then rename, so a parallel jest worker never reads half a file.
    const tmp = path.join(cacheDir(), `${key}.${process.pid}.tmp`);
    writeFileSync(tmp, model);
    renameSync(tmp, path.join(cacheDir(), `${key}.json`));
  } catch {
    /* ignore */
  }
}

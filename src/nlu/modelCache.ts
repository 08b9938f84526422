import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

/** node_modules/.cache/partner-support-bot-nlu of the project that installed nlp.js. */
export function modelCacheDir(): string {
  const nlpPackage = require.resolve('@nlpjs/nlp/package.json');
  const nodeModules = nlpPackage.slice(0, nlpPackage.lastIndexOf(`${path.sep}node_modules${path.sep}`) + '/node_modules'.length);
  return path.join(nodeModules, '.cache', 'partner-support-bot-nlu');
}

const cacheDir = modelCacheDir;

function ownedAndPrivate(file: string): boolean {
  const stat = statSync(file);
  const uid = process.getuid?.();
  return (uid === undefined || stat.uid === uid) && (stat.mode & 0o022) === 0;
}

export function readCachedModel(key: string): string | undefined {
  const file = path.join(cacheDir(), `${key}.json`);
  try {
    if (!ownedAndPrivate(cacheDir()) || !ownedAndPrivate(file)) return undefined; // someone else's file: train instead
    return readFileSync(file, 'utf8');
  } catch {
    return undefined; // absent or unreadable: train instead
  }
}

/** Best effort: a read-only cache folder costs training time, never a failure. */
export function writeCachedModel(key: string, model: string): void {
  try {
    mkdirSync(cacheDir(), { recursive: true, mode: 0o700 });
    // Write then rename, so a parallel jest worker never reads half a file.
    const tmp = path.join(cacheDir(), `${key}.${process.pid}.tmp`);
    writeFileSync(tmp, model, { mode: 0o600 });
    renameSync(tmp, path.join(cacheDir(), `${key}.json`));
  } catch {
    /* ignore */
  }
}

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/**
 * The NLU's data (corpora, product catalogue) stays as JSON in src/ so the
 * program owner edits it without a release. tsc does not copy JSON it does
 * not import, so when this code runs from dist/ the files are looked up at
 * the same place in the source tree.
 */
export function locateDataPath(moduleUrl: string, relativePath: string): string {
  const direct = fileURLToPath(new URL(relativePath, moduleUrl));
  if (existsSync(direct)) return direct;
  const marker = `${path.sep}dist${path.sep}`;
  const at = direct.lastIndexOf(marker);
  if (at >= 0) {
    const fromSource = direct.slice(0, at) + path.sep + direct.slice(at + marker.length);
    if (existsSync(fromSource)) return fromSource;
  }
  return direct;
}

/** Parsed JSON as `unknown`: every caller validates the shape it expects. */
export function readJsonFile(filePath: string): unknown {
  return JSON.parse(readFileSync(filePath, 'utf8')) as unknown;
}

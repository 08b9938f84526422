/**
 * Runs the compiled bot (dist/src/index.js, built by `npm test` before jest)
 * as a real process, to test what an operator sees: start-up errors, the
 * data-directory lock, crashes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { projectPath } from '../../src/projectRoot.js';

export const compiledEntry = projectPath('dist', 'src', 'index.js');

export function assertBuilt(): void {
  if (!existsSync(compiledEntry)) throw new Error('dist/src/index.js is missing: run `npm test` (it builds first) or `npx tsc -p .`');
}

export interface RunningBot {
  readonly child: ChildProcess;
  output(): string;
  /** Resolves with the port once the bot says it is listening. */
  ready(timeoutMs?: number): Promise<number>;
  exited(): Promise<number | null>;
}

export function spawnBot(env: Record<string, string>): RunningBot {
  assertBuilt();
  const child = spawn(process.execPath, [compiledEntry], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => out,
    exited: () => exit,
    async ready(timeoutMs = 30_000) {
      const started = Date.now();
      for (;;) {
        const match = /Bot endpoint: http:\/\/[^:]+:(\d+)\//.exec(out);
        if (match) return Number(match[1]);
        if (child.exitCode !== null) throw new Error(`bot exited (${child.exitCode}) before listening:\n${out}`);
        if (Date.now() - started > timeoutMs) throw new Error(`bot not listening after ${timeoutMs} ms:\n${out}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

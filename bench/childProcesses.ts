/** Starting and stopping the bench's child processes (servers under test, store probes). */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LoopFigures, ServerKind, ServerMessage } from './serverProcess.js';
import type { StoreProbeInput, StoreProbeResult } from './storeProbe.js';

const entry = (name: string): string => fileURLToPath(new URL(`./${name}`, import.meta.url));

export interface ServerChild {
  readonly url: string;
  readonly startMs: number;
  /** The server process's resident set size, in MB. */
  rssMb(): Promise<number>;
  /** Event-loop delay and GC since the previous call (the first call starts measuring). */
  loop(): Promise<LoopFigures>;
  /** Resolves with the unhandled promise rejections the server saw (each would have ended `npm start`). */
  stop(): Promise<{ unhandled: number; first: string }>;
}

/** Children print no runtime warnings (dependencies' deprecation notices would clutter the table). */
const childFlags = ['--no-warnings'];

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/** `databaseUrl` puts the app on PostgreSQL instead of the lowdb store in `dataDir`. */
export function startServerChild(kind: ServerKind, dataDir: string, execArgv: readonly string[] = [], timeoutMs = 120_000, databaseUrl = ''): Promise<ServerChild> {
  const child = fork(entry('serverProcess.js'), [kind, dataDir, databaseUrl], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [...childFlags, ...execArgv] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`${kind} server did not start within ${timeoutMs} ms`));
    }, timeoutMs);
    let failure = '';
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${kind} server exited with code ${code} before listening${failure ? `: ${failure}` : ''}`));
    });
    const unhandled = { unhandled: 0, first: '' };
    const rssWaiters: Array<(bytes: number) => void> = [];
    const loopWaiters: Array<(figures: LoopFigures) => void> = [];
    child.on('message', (message: ServerMessage) => {
      if (message.type === 'rss') {
        rssWaiters.shift()?.(message.bytes);
        return;
      }
      if (message.type === 'loop') {
        loopWaiters.shift()?.(message.figures);
        return;
      }
      if (message.type === 'unhandled') {
        unhandled.unhandled = message.count;
        unhandled.first = message.first;
        return;
      }
      if (message.type === 'failed') {
        failure = message.error; // the exit handler reports it
        return;
      }
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({
        url: message.url,
        startMs: message.startMs,
        rssMb() {
          return new Promise<number>((resolveRss) => {
            rssWaiters.push((bytes) => resolveRss(bytes / 1024 / 1024));
            child.send('rss');
          });
        },
        loop() {
          return new Promise<LoopFigures>((resolveLoop) => {
            loopWaiters.push(resolveLoop);
            child.send('loop');
          });
        },
        async stop() {
          const done = exited(child);
          if (child.connected) child.send('close');
          const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
          await done;
          clearTimeout(killer);
          return unhandled;
        },
      });
    });
  });
}

export function runStoreProbeChild(input: StoreProbeInput, timeoutMs = 120_000): Promise<StoreProbeResult> {
  const child = fork(entry('storeProbeProcess.js'), [JSON.stringify(input)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: childFlags });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`store probe did not finish within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('message', (message: { type: 'result'; result: StoreProbeResult } | { type: 'failed'; error: string }) => {
      clearTimeout(timer);
      if (message.type === 'result') resolve(message.result);
      else reject(new Error(message.error));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`store probe exited with code ${code}`)); // no-op if already settled
    });
  });
}

/**
 * Child-process entry for a server under test: `echo` (the reference) or
 * `app` (the real bot, startApp over DATA_DIR, or over DATABASE_URL when given). The load generator runs in the
 * parent, so on a 2-core machine each gets a core instead of fighting over one
 * event loop. Talks to the parent over IPC: sends { url } once listening,
 * its RSS on "rss", closes on "close" or when the parent goes away.
 */
import { startApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { startEchoServer, type RunningServer } from './echoServer.js';

export type ServerKind = 'echo' | 'app';

export type ServerMessage =
  | { readonly type: 'listening'; readonly url: string; readonly startMs: number }
  | { readonly type: 'failed'; readonly error: string }
  | { readonly type: 'unhandled'; readonly count: number; readonly first: string }
  | { readonly type: 'rss'; readonly bytes: number };

/**
 * `npm start` has no unhandledRejection handler, so one there ends the
 * process. Here it is counted and reported instead, so a run still yields
 * figures and the bench can say the real server would have crashed.
 */
let unhandled = 0;
let firstUnhandled = '';
process.on('unhandledRejection', (reason: unknown) => {
  unhandled += 1;
  if (unhandled === 1) firstUnhandled = reason instanceof Error ? (reason.stack ?? reason.message).split('\n').slice(0, 3).join(' / ') : String(reason);
});

async function main(): Promise<void> {
  const kind = process.argv[2] as ServerKind;
  const dataDir = process.argv[3] ?? '';
  const databaseUrl = process.argv[4] ?? '';
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    DEMO_ACTIVATION_DELAY_SECONDS: '86400',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  });
  const logger = createLogger(config.logLevel);
  const started = performance.now();
  let server: RunningServer;
  if (kind === 'echo') server = await startEchoServer(config, logger);
  else if (kind === 'app') server = await startApp(config, logger);
  else throw new Error(`unknown server kind ${String(kind)}`);
  const send = (message: ServerMessage): void => void process.send?.(message);
  send({ type: 'listening', url: server.url, startMs: performance.now() - started });
  let closing = false;
  const close = async (): Promise<void> => {
    if (closing) return;
    closing = true;
    if (unhandled > 0) {
      await new Promise<void>((resolve) => process.send?.({ type: 'unhandled', count: unhandled, first: firstUnhandled } satisfies ServerMessage, () => resolve()) ?? resolve());
    }
    await server.close();
    process.exit(0);
  };
  process.on('message', (message) => {
    if (message === 'close') void close();
    // The server's own resident memory, asked for by the parent after start-up and after load.
    if (message === 'rss') send({ type: 'rss', bytes: process.memoryUsage.rss() });
  });
  process.on('disconnect', () => void close());
}

main().catch((error: unknown) => {
  process.send?.({ type: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies ServerMessage);
  process.exit(1);
});

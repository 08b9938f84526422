/**
 * Child-process entry for a server under test: `echo` (the reference) or
 * `app` (the real bot, startApp over DATA_DIR, or over DATABASE_URL when given). The load generator runs in the
 * parent, so on a 2-core machine each gets a core instead of fighting over one
 * event loop. Talks to the parent over IPC: sends { url } once listening,
 * its RSS on "rss", closes on "close" or when the parent goes away.
 */
import { monitorEventLoopDelay, PerformanceObserver, type IntervalHistogram } from 'node:perf_hooks';
import { startApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { startEchoServer, type RunningServer } from './echoServer.js';

export type ServerKind = 'echo' | 'app';

export type ServerMessage =
  | { readonly type: 'listening'; readonly url: string; readonly startMs: number }
  | { readonly type: 'failed'; readonly error: string }
  | { readonly type: 'unhandled'; readonly count: number; readonly first: string }
  | { readonly type: 'rss'; readonly bytes: number }
  | { readonly type: 'loop'; readonly figures: LoopFigures };

/** Event-loop delay and garbage collection since the previous "loop" request (targeted runs only). */
export interface LoopFigures {
  readonly delayMaxMs: number;
  readonly delayP99Ms: number;
  readonly gcMs: number;
  readonly gcCount: number;
  readonly gcMaxMs: number;
  readonly heapUsedMb: number;
  readonly heapTotalMb: number;
  readonly rssMb: number;
  /** Process CPU time (user + system) in ms. */
  readonly cpuMs: number;
}

/** Started on the first "loop" request, so a full bench run's servers carry no monitor. */
class LoopMonitor {
  #delay: IntervalHistogram = monitorEventLoopDelay({ resolution: 1 });
  #gc = { ms: 0, count: 0, maxMs: 0 };
  #cpu = process.cpuUsage();
  constructor() {
    this.#delay.enable();
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        this.#gc.ms += entry.duration;
        this.#gc.count += 1;
        this.#gc.maxMs = Math.max(this.#gc.maxMs, entry.duration);
      }
    }).observe({ entryTypes: ['gc'] });
  }
  take(): LoopFigures {
    const memory = process.memoryUsage();
    const figures: LoopFigures = {
      delayMaxMs: this.#delay.max / 1e6,
      delayP99Ms: this.#delay.percentile(99) / 1e6,
      gcMs: this.#gc.ms,
      gcCount: this.#gc.count,
      gcMaxMs: this.#gc.maxMs,
      heapUsedMb: memory.heapUsed / 1048576,
      heapTotalMb: memory.heapTotal / 1048576,
      rssMb: memory.rss / 1048576,
      cpuMs: ((cpu) => (cpu.user + cpu.system) / 1000)(process.cpuUsage(this.#cpu)),
    };
    this.#cpu = process.cpuUsage();
    this.#delay.reset();
    this.#gc = { ms: 0, count: 0, maxMs: 0 };
    return figures;
  }
}
let loopMonitor: LoopMonitor | undefined;

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
    // A close that waits on lingering keep-alive sockets must still exit by itself (the parent would
    // otherwise SIGKILL it, and a --cpu-prof profile, written on exit, would be lost).
    await Promise.race([server.close(), new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
    process.exit(0);
  };
  process.on('message', (message) => {
    if (message === 'close') void close();
    // The server's own resident memory, asked for by the parent after start-up and after load.
    if (message === 'rss') send({ type: 'rss', bytes: process.memoryUsage.rss() });
    if (message === 'loop') send({ type: 'loop', figures: (loopMonitor ??= new LoopMonitor()).take() });
  });
  process.on('disconnect', () => void close());
}

main().catch((error: unknown) => {
  process.send?.({ type: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies ServerMessage);
  process.exit(1);
});

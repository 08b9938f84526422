/**
 * Keeps a long background loop (a scan of every company) to a share of the
 * event loop. Cached store reads resolve without I/O, so such a loop would
 * otherwise hold the loop while turns wait; and at full speed a scan of
 * thousands of companies allocates fast enough to make the heap grow. Between
 * steps it lets other work run; after every slice of work it rests for
 * `restRatio` times as long, so a large scan takes about a third of a core.
 */
import { setImmediate as yieldToEventLoop, setTimeout as sleep } from 'node:timers/promises';

export class BackgroundPace {
  #sliceStarted = performance.now();

  constructor(
    private readonly sliceMs = 10,
    private readonly restRatio = 2,
  ) {}

  /** Call before each step of the loop. */
  async breathe(): Promise<void> {
    const worked = performance.now() - this.#sliceStarted;
    if (worked >= this.sliceMs) await sleep(worked * this.restRatio);
    else await yieldToEventLoop();
    if (worked >= this.sliceMs) this.#sliceStarted = performance.now();
  }
}

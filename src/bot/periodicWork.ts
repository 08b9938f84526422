/**
 * Work repeated on a timer (retry queues, scans, checks): one run at a time,
 * so a tick that comes while a run is still going is skipped rather than
 * queued; a failed run is reported and the next tick tries again; stopping
 * waits for the run in progress. The timer never keeps the process alive.
 */
import type { StopWork } from './feature.js';

export interface RepeatOptions {
  /** Also run at once, without waiting for the first tick. */
  readonly now?: boolean;
}

export function repeatEvery(intervalMs: number, work: () => Promise<unknown>, onError: (error: unknown) => void, options: RepeatOptions = {}): StopWork {
  let current: Promise<void> | undefined;
  let stopped = false;
  const tick = (): void => {
    if (stopped || current) return;
    current = work()
      .then(() => undefined, onError)
      .finally(() => {
        current = undefined;
      });
  };
  if (options.now) tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await current;
  };
}

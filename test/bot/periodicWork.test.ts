/** Background work on a timer: never two runs at once, failures retried, stop waits for the run under way. */
import { repeatEvery } from '../../src/bot/periodicWork.js';

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await pause(5);
}

describe('repeatEvery', () => {
  it('skips ticks while a run is still going, and stopping waits for that run', async () => {
    let started = 0;
    let finished = 0;
    let release: () => void = () => undefined;
    const stop = repeatEvery(
      2,
      async () => {
        started += 1;
        await new Promise<void>((resolve) => (release = resolve));
        finished += 1;
      },
      () => undefined,
      { now: true },
    );
    expect(started).toBe(1);
    await pause(30); // many ticks pass while the first run waits
    expect(started).toBe(1);
    const stopped = stop();
    let done = false;
    void stopped.then(() => (done = true));
    await pause(10);
    expect(done).toBe(false);
    release();
    await stopped;
    expect(finished).toBe(1);
    await pause(20);
    expect(started).toBe(1); // nothing after stop
  });

  it('reports a failed run and tries again at the next tick', async () => {
    const errors: unknown[] = [];
    let runs = 0;
    const stop = repeatEvery(
      2,
      async () => {
        runs += 1;
        if (runs === 1) throw new Error('store unavailable');
      },
      (error) => errors.push(error),
    );
    await until(() => runs >= 2);
    await stop();
    expect(errors).toHaveLength(1);
    expect((errors[0] as Error).message).toBe('store unavailable');
  });
});

/**
 * Starts at most a few bot turns per event-loop iteration.
 *
 * Node's event loop (libuv 1.46 on Linux) accepts one new connection per
 * iteration. A turn whose data is cached runs from request to reply without
 * leaving the loop, so with fifty busy connections one iteration ran fifty
 * turns (~50 ms), and each connection waiting to be accepted waited that long
 * per place in the queue: measured, the last of a burst of 50 new connections
 * got its first reply after 1.3 s while the busy ones were answered in 40 ms,
 * and the turns that did run came from fewer connections than were open.
 * Letting two turns start per iteration keeps each iteration a couple of
 * turns long, so new connections, timers and finished file reads are served
 * between them; the turns themselves run to completion unchanged. (One turn
 * per iteration bounds the wait the most, but pays the loop's own overhead
 * per turn: about half the throughput on the 2-core bench machine. Four per
 * iteration gave the same throughput as two within noise, and p99 at 50
 * connections of 238–293 ms for store writes against 183 ms with two.)
 */
export const TURNS_PER_ITERATION = 2;

export class TurnAdmission {
  readonly #waiting: Array<() => void> = [];
  #scheduled = false;

  constructor(private readonly perIteration = TURNS_PER_ITERATION) {}

  /** Resolves when this turn may start, in arrival order. */
  admit(): Promise<void> {
    return new Promise((resolve) => {
      this.#waiting.push(resolve);
      this.#schedule();
    });
  }

  #schedule(): void {
    if (this.#scheduled || this.#waiting.length === 0) return;
    this.#scheduled = true;
    // An immediate queued while immediates run waits for the next iteration.
    setImmediate(this.#startSome);
  }

  readonly #startSome = (): void => {
    this.#scheduled = false;
    for (let i = 0; i < this.perIteration && this.#waiting.length > 0; i += 1) this.#waiting.shift()!();
    this.#schedule();
  };
}

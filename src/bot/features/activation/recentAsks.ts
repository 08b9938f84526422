/**
 * Who asked their admins lately, so a double click sends one message. An ask
 * older than the window no longer matters and is dropped as newer ones come
 * in; the capacity bounds memory even when many people ask within one window
 * (the least recent are forgotten first, which at worst lets one repeat through).
 */
import { LruCache } from '../../../lruCache.js';

export const ASK_REPEAT_WINDOW_MS = 10 * 60_000;
const DEFAULT_CAPACITY = 10_000;

export class RecentAsks {
  // Written in time order and read with peek, so the oldest asks are always first.
  readonly #askedAt: LruCache<string, number>;

  constructor(
    readonly windowMs = ASK_REPEAT_WINDOW_MS,
    capacity = DEFAULT_CAPACITY,
  ) {
    this.#askedAt = new LruCache(capacity);
  }

  /** True when `key` asked less than the window before `now`. */
  askedRecently(key: string, now: number): boolean {
    const last = this.#askedAt.peek(key);
    return last !== undefined && now - last >= 0 && now - last < this.windowMs;
  }

  record(key: string, now: number): void {
    this.#askedAt.dropOldestWhile((at) => now - at >= this.windowMs);
    this.#askedAt.set(key, now);
  }

  /** Nothing was sent after all: let them ask again at once. */
  forget(key: string): void {
    this.#askedAt.delete(key);
  }

  /** How many asks are remembered. */
  get size(): number {
    return this.#askedAt.size;
  }
}

/**
 * Which conversation reference was last saved for each user, so a user's
 * every message does not rewrite the same reference. Bounded: one entry per
 * user would otherwise grow with every user the process has ever seen; a
 * forgotten user's next message only saves their reference once more.
 */
import { LruCache } from '../../lruCache.js';

export class SavedReferences {
  readonly #fingerprints: LruCache<string, string>;

  constructor(capacity = 10_000) {
    this.#fingerprints = new LruCache(capacity);
  }

  /** True when `fingerprint` is what was last saved for `key` (a lookup keeps the user's entry fresh). */
  isSaved(key: string, fingerprint: string): boolean {
    return this.#fingerprints.get(key) === fingerprint;
  }

  saved(key: string, fingerprint: string): void {
    this.#fingerprints.set(key, fingerprint);
  }

  get size(): number {
    return this.#fingerprints.size;
  }
}

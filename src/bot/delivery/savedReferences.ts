/**
 * Which conversation reference was last saved for each user, so a user's
 * every message does not rewrite the same reference. Bounded: one entry per
 * user would otherwise grow with every user the process has ever seen; a
 * forgotten user's next message only saves their reference once more.
 */
import { fingerprint as fingerprintOf } from '../../fingerprint.js';
import { LruCache } from '../../lruCache.js';

/**
 * How many users' last saved references are remembered: about 60 bytes each
 * (both kept as fingerprints; as text they were about 300), so 0.6 MB when
 * full. A day's active users of a large tenant fit; a user forgotten costs
 * one more reference write on their next message.
 */
export const SAVED_REFERENCE_USERS = 10_000;

export class SavedReferences {
  /** User key's fingerprint → the saved reference's fingerprint (fingerprint.ts: a changed reference looks unchanged with odds of 1 in 4.5 × 10^15). */
  readonly #fingerprints: LruCache<number, number>;

  constructor(capacity = SAVED_REFERENCE_USERS) {
    this.#fingerprints = new LruCache(capacity);
  }

  /** True when `fingerprint` is what was last saved for `key` (a lookup keeps the user's entry fresh). */
  isSaved(key: string, fingerprint: string): boolean {
    return this.#fingerprints.get(fingerprintOf(key)) === fingerprintOf(fingerprint);
  }

  saved(key: string, fingerprint: string): void {
    this.#fingerprints.set(fingerprintOf(key), fingerprintOf(fingerprint));
  }

  get size(): number {
    return this.#fingerprints.size;
  }
}

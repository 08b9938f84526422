/**
 * Which conversation reference was last saved for each user, so a user's
 * every message does not rewrite the same reference. Bounded: one entry per
 * user would otherwise grow with every user the process has ever seen; a
 * forgotten user's next message only saves their reference once more.
 */
export class SavedReferences {
  readonly #fingerprints = new Map<string, string>();

  constructor(private readonly capacity = 10_000) {}

  /** True when `fingerprint` is what was last saved for `key`. */
  isSaved(key: string, fingerprint: string): boolean {
    const saved = this.#fingerprints.get(key);
    if (saved !== fingerprint) return false;
    // Most recently used last, so the least recent is dropped first.
    this.#fingerprints.delete(key);
    this.#fingerprints.set(key, saved);
    return true;
  }

  saved(key: string, fingerprint: string): void {
    this.#fingerprints.delete(key);
    this.#fingerprints.set(key, fingerprint);
    if (this.#fingerprints.size > this.capacity) {
      const oldest = this.#fingerprints.keys().next();
      if (!oldest.done) this.#fingerprints.delete(oldest.value);
    }
  }

  get size(): number {
    return this.#fingerprints.size;
  }
}

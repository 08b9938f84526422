/**
 * A bounded cache that a sweep over many keys cannot empty. Plain LRU let the
 * reminder scan (every company, each read a few times within milliseconds)
 * or a run of one-off writes push every company people are chatting about
 * out of the cache, so their next turns paid a cold read each.
 *
 * New entries go to a small probation segment. An entry used again at least
 * `promoteAfterMs` after it was loaded (a later turn, not the same burst)
 * moves to the protected segment; what the protected segment pushes out goes
 * back to probation, not away. Both segments are LRU (Map order).
 */
interface Entry<V> {
  value: V;
  readonly loadedAt: number;
}

export class ScanResistantCache<K, V> {
  readonly #probation = new Map<K, Entry<V>>();
  readonly #protected = new Map<K, Entry<V>>();
  readonly #probationCapacity: number;

  constructor(
    readonly capacity: number,
    private readonly promoteAfterMs = 1000,
    private readonly now: () => number = Date.now,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`cache capacity must be a positive integer, got ${capacity}`);
    this.#probationCapacity = Math.max(1, Math.ceil(capacity / 5));
  }

  get(key: K): V | undefined {
    const kept = this.#protected.get(key);
    if (kept) {
      this.#protected.delete(key);
      this.#protected.set(key, kept);
      return kept.value;
    }
    const trial = this.#probation.get(key);
    if (!trial) return undefined;
    this.#probation.delete(key);
    if (this.now() - trial.loadedAt >= this.promoteAfterMs) this.#protect(key, trial);
    else this.#probation.set(key, trial);
    return trial.value;
  }

  set(key: K, value: V): void {
    const kept = this.#protected.get(key);
    if (kept) {
      kept.value = value;
      return;
    }
    this.#probation.delete(key);
    this.#probation.set(key, { value, loadedAt: this.now() });
    this.#trim(this.#probation, this.#probationCapacity);
  }

  delete(key: K): void {
    this.#protected.delete(key);
    this.#probation.delete(key);
  }

  get size(): number {
    return this.#protected.size + this.#probation.size;
  }

  #protect(key: K, entry: Entry<V>): void {
    this.#protected.set(key, entry);
    if (this.#protected.size <= this.capacity - this.#probationCapacity) return;
    const oldest = this.#protected.keys().next();
    if (oldest.done) return;
    const demoted = this.#protected.get(oldest.value)!;
    this.#protected.delete(oldest.value);
    this.#probation.set(oldest.value, demoted);
    this.#trim(this.#probation, this.#probationCapacity);
  }

  #trim(segment: Map<K, Entry<V>>, capacity: number): void {
    while (segment.size > capacity) {
      const oldest = segment.keys().next();
      if (oldest.done) return;
      segment.delete(oldest.value);
    }
  }
}

/**
 * The shared state of a store that only one process uses (lowdb, memory):
 * kept in that process, bounded and expiring. Several replicas need the
 * PostgreSQL versions instead (src/storage/postgres).
 */
import type { ConversationContextRepository, ProcessedActivityLog, SharedLocks, TryRunResult } from '../../domain/sharedState.js';
import { frozenCopy } from '../../deepFreeze.js';
import { KeyedMutex } from '../lowdb/keyedMutex.js';

/** A map whose entries expire; the oldest leave first when it is full. Map order is insertion order. */
class ExpiringMap<V> {
  readonly #entries = new Map<string, { value: V; expiresAt: number }>();

  constructor(
    private readonly maxEntries: number,
    private readonly now: () => number,
  ) {}

  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: V, keepForMs: number): void {
    this.#entries.delete(key); // re-insert: most recently written last
    this.#entries.set(key, { value, expiresAt: this.now() + keepForMs });
    const time = this.now();
    for (const [oldKey, entry] of this.#entries) {
      if (this.#entries.size <= this.maxEntries && entry.expiresAt > time) break;
      this.#entries.delete(oldKey);
    }
  }
}

export class ProcessActivityLog implements ProcessedActivityLog {
  readonly #seen: ExpiringMap<true>;

  constructor(maxEntries = 100_000, now: () => number = Date.now) {
    this.#seen = new ExpiringMap(maxEntries, now);
  }

  async firstSeen(key: string, keepForMs: number): Promise<boolean> {
    if (this.#seen.get(key)) return false;
    this.#seen.set(key, true, keepForMs);
    return true;
  }
}

export class ProcessConversationContexts implements ConversationContextRepository {
  readonly #contexts: ExpiringMap<Readonly<Record<string, unknown>>>;

  constructor(maxEntries = 50_000, now: () => number = Date.now) {
    this.#contexts = new ExpiringMap(maxEntries, now);
  }

  /** The saved snapshot itself: it is frozen, so handing it out copies nothing and risks nothing. */
  async find(key: string): Promise<Readonly<Record<string, unknown>> | undefined> {
    return this.#contexts.get(key);
  }

  async save(key: string, context: Readonly<Record<string, unknown>>, keepForMs: number): Promise<void> {
    this.#contexts.set(key, frozenCopy(context), keepForMs);
  }
}

export class ProcessLocks implements SharedLocks {
  readonly #mutex = new KeyedMutex();
  readonly #held = new Set<string>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    return this.#mutex.run(key, async () => {
      this.#held.add(key);
      try {
        return await work();
      } finally {
        this.#held.delete(key);
      }
    });
  }

  async tryRun<T>(key: string, work: () => Promise<T>): Promise<TryRunResult<T>> {
    if (this.#held.has(key)) return { ran: false };
    this.#held.add(key); // taken synchronously: a second tryRun in the same tick sees it
    try {
      return { ran: true, value: await this.#mutex.run(key, work) };
    } finally {
      this.#held.delete(key);
    }
  }
}

export function processSharedState(): { processedActivities: ProcessActivityLog; conversationContexts: ProcessConversationContexts; locks: ProcessLocks } {
  return { processedActivities: new ProcessActivityLog(), conversationContexts: new ProcessConversationContexts(), locks: new ProcessLocks() };
}

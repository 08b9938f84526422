/**
 * The shared state of a store that only one process uses (lowdb, memory):
 * kept in that process, bounded and expiring. Several replicas need the
 * PostgreSQL versions instead (src/storage/postgres).
 */
import type { ConversationContextRepository, ProcessedActivityLog, SharedLocks, TryRunResult } from '../../domain/sharedState.js';
import { hash } from 'node:crypto';
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

/**
 * How many activities the replay guard remembers (about 5.5 MB when full).
 * Its window is 10 minutes, but Teams re-sends a slow turn within seconds: at
 * the most this bot has been measured to take (about 1,000 turns/s), 100,000
 * still covers the last 100 seconds. The oldest are forgotten first.
 */
export const REMEMBERED_ACTIVITIES = 100_000;

/**
 * A key is remembered as a 52-bit number drawn from its SHA-256, not as its
 * text: the text (conversation id + activity id, often 100+ characters) and a
 * wrapper object per entry made a full log about 25 MB of heap, which V8 then
 * lets grow to twice that; as numbers it is about 5 MB. Two different keys
 * share a number with odds of about 1 in 45 billion per turn when the log is
 * full: that turn would be taken for a replay.
 */
function fingerprint(key: string): number {
  return Number.parseInt(hash('sha256', key).slice(0, 13), 16);
}

export class ProcessActivityLog implements ProcessedActivityLog {
  /** Fingerprint → expiry, in ms since #epoch (small integers V8 keeps unboxed). Oldest first. */
  readonly #expiresAt = new Map<number, number>();
  readonly #epoch: number;

  constructor(
    private readonly maxEntries = REMEMBERED_ACTIVITIES,
    private readonly now: () => number = Date.now,
  ) {
    this.#epoch = now();
  }

  async firstSeen(key: string, keepForMs: number): Promise<boolean> {
    const id = fingerprint(key);
    const time = this.now() - this.#epoch;
    const expiresAt = this.#expiresAt.get(id);
    if (expiresAt !== undefined && expiresAt > time) return false;
    this.#expiresAt.delete(id); // re-insert: most recently seen last
    this.#expiresAt.set(id, time + keepForMs);
    for (const [oldId, oldExpiry] of this.#expiresAt) {
      if (this.#expiresAt.size <= this.maxEntries && oldExpiry > time) break;
      this.#expiresAt.delete(oldId);
    }
    return true;
  }

  get size(): number {
    return this.#expiresAt.size;
  }
}

/**
 * How many conversations' contexts are kept at most (the oldest leave first;
 * each also expires 30 minutes after its last turn). Under the bench's load a
 * context held 0.6 KB (one question and its answer) to 4 KB (twenty lines of
 * transcript), so a full set is 30–200 MB: a busy half hour of 50,000
 * conversations keeps its follow-ups, and no more can pile up.
 */
export const KEPT_CONVERSATION_CONTEXTS = 50_000;

export class ProcessConversationContexts implements ConversationContextRepository {
  readonly #contexts: ExpiringMap<Readonly<Record<string, unknown>>>;

  constructor(maxEntries = KEPT_CONVERSATION_CONTEXTS, now: () => number = Date.now) {
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

/**
 * The shared state of a store that only one process uses (lowdb, memory):
 * kept in that process, bounded and expiring. Several replicas need the
 * PostgreSQL versions instead (src/storage/postgres).
 */
import type { ConversationContextRepository, ProcessedActivityLog, SharedLocks, TryRunResult } from '../../domain/sharedState.js';
import { frozenCopy } from '../../deepFreeze.js';
import { fingerprint } from '../../fingerprint.js';
import { KeyedMutex } from '../lowdb/keyedMutex.js';

/**
 * A map whose entries expire; the oldest leave first when it holds too many
 * entries or too many bytes (as sizeOf estimates them). Map order is insertion order.
 */
class ExpiringMap<V> {
  readonly #entries = new Map<string, { value: V; expiresAt: number; bytes: number }>();
  #bytes = 0;

  constructor(
    private readonly limits: { readonly maxEntries: number; readonly maxBytes: number; readonly sizeOf: (value: V) => number },
    private readonly now: () => number,
  ) {}

  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.#delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: V, keepForMs: number): void {
    this.#delete(key); // re-insert: most recently written last
    const bytes = this.limits.sizeOf(value);
    this.#entries.set(key, { value, expiresAt: this.now() + keepForMs, bytes });
    this.#bytes += bytes;
    const time = this.now();
    const { maxEntries, maxBytes } = this.limits;
    for (const [oldKey, entry] of this.#entries) {
      // The entry just written stays, whatever its size: a turn's context is never lost to its own save.
      if (oldKey === key || (this.#entries.size <= maxEntries && this.#bytes <= maxBytes && entry.expiresAt > time)) break;
      this.#delete(oldKey);
    }
  }

  get size(): number {
    return this.#entries.size;
  }

  get bytes(): number {
    return this.#bytes;
  }

  #delete(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#bytes -= entry.bytes;
    this.#entries.delete(key);
  }
}

/**
 * About how many bytes of heap a JSON-like value holds: its strings' characters
 * (twice for text outside Latin-1, as V8 stores it), a string header each, and
 * a few words per object, array and property. A long string met again in the
 * same value (a repeated answer, kept once: ConversationMemory.remember) counts once.
 */
export function approximateHeapBytes(value: unknown, seenTexts = new Set<string>()): number {
  if (typeof value === 'string') {
    if (value.length > 64) {
      if (seenTexts.has(value)) return 8;
      seenTexts.add(value);
    }
    // eslint-disable-next-line no-control-regex
    return 16 + (/[^\u0000-\u00ff]/.test(value) ? 2 : 1) * value.length;
  }
  if (typeof value !== 'object' || value === null) return 8;
  let bytes = 32;
  for (const item of Array.isArray(value) ? value : Object.values(value)) bytes += 8 + approximateHeapBytes(item, seenTexts);
  return bytes;
}

/**
 * How many activities the replay guard remembers (about 5.5 MB when full).
 * Its window is 10 minutes, but Teams re-sends a slow turn within seconds: at
 * the most this bot has been measured to take (about 1,000 turns/s), 100,000
 * still covers the last 100 seconds. The oldest are forgotten first.
 */
export const REMEMBERED_ACTIVITIES = 100_000;

/**
 * Each key is remembered as its fingerprint, not its text: the text
 * (conversation id + activity id, often 100+ characters), a wrapper object and
 * a boxed expiry per entry made a full log about 27 MB of heap, which V8 then
 * lets grow to twice that; as numbers it is about 5.5 MB. Two different keys
 * share a fingerprint with odds of about 1 in 45 billion per turn when the log
 * is full: that turn would be taken for a replay.
 */
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
 * transcript): a busy half hour of 50,000 conversations keeps its follow-ups.
 */
export const KEPT_CONVERSATION_CONTEXTS = 50_000;

/**
 * And at most about this many bytes of them (approximateHeapBytes), so that
 * 50,000 conversations of twenty long answers each cannot take the process
 * past what it is sized for: about 16,000 full twenty-line contexts, or all
 * 50,000 at the typical 1.3 KB. The oldest leave first.
 */
export const KEPT_CONTEXT_BYTES = 64 * 1024 * 1024;

export class ProcessConversationContexts implements ConversationContextRepository {
  readonly #contexts: ExpiringMap<Readonly<Record<string, unknown>>>;

  constructor(limits: { readonly maxEntries?: number; readonly maxBytes?: number } = {}, now: () => number = Date.now) {
    this.#contexts = new ExpiringMap(
      { maxEntries: limits.maxEntries ?? KEPT_CONVERSATION_CONTEXTS, maxBytes: limits.maxBytes ?? KEPT_CONTEXT_BYTES, sizeOf: (context) => approximateHeapBytes(context) },
      now,
    );
  }

  /** The saved snapshot itself: it is frozen, so handing it out copies nothing and risks nothing. */
  async find(key: string): Promise<Readonly<Record<string, unknown>> | undefined> {
    return this.#contexts.get(key);
  }

  async save(key: string, context: Readonly<Record<string, unknown>>, keepForMs: number): Promise<void> {
    this.#contexts.set(key, frozenCopy(context), keepForMs);
  }

  /** How many contexts are kept, and about how many bytes they hold. */
  get usage(): { readonly contexts: number; readonly bytes: number } {
    return { contexts: this.#contexts.size, bytes: this.#contexts.bytes };
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

/**
 * State that every bot process on one store must share, so that several
 * replicas behave as one bot: which activities were already handled, the
 * short-lived context of a conversation, and locks around work that must not
 * run twice at once (deciding a request, delivering a ticket's messages).
 * The embedded store keeps these in its one process; PostgreSQL keeps them in
 * the database.
 */

/** Activity ids already processed (Teams re-sends an activity when the bot is slow). */
export interface ProcessedActivityLog {
  /** True the first time `key` is seen within `keepForMs`; false for a replay. */
  firstSeen(key: string, keepForMs: number): Promise<boolean>;
}

/** A conversation's follow-up context, kept for a while after its last turn. */
export interface ConversationContextRepository {
  /** The context saved under `key`, unless it expired. It may be frozen: change a copy. */
  find(key: string): Promise<Readonly<Record<string, unknown>> | undefined>;
  save(key: string, context: Readonly<Record<string, unknown>>, keepForMs: number): Promise<void>;
}

export type TryRunResult<T> = { readonly ran: true; readonly value: T } | { readonly ran: false };

/**
 * Mutual exclusion across every process on the store. A process that dies
 * while holding a key releases it (the database ends its session).
 */
export interface SharedLocks {
  /** Runs `work` while holding `key`, waiting for any other holder first. */
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
  /** Runs `work` if nobody holds `key`; otherwise returns `{ ran: false }` at once. */
  tryRun<T>(key: string, work: () => Promise<T>): Promise<TryRunResult<T>>;
}

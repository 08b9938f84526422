/**
 * The replay guard's activity ids and conversations' follow-up context in
 * the database, so consecutive turns (or a Teams re-send) that reach
 * different replicas see the same state. Expired rows are swept now and then.
 */
import type { ConversationContextRepository, ProcessedActivityLog } from '../../domain/sharedState.js';
import { type PgDatabase, jsonParam } from './pgDatabase.js';

const SWEEP_EVERY = 500;

/** Runs `sweep` on one call in SWEEP_EVERY, without making the caller wait for it. */
function occasionally(sweep: () => Promise<unknown>): () => void {
  let calls = 0;
  return () => {
    if (++calls % SWEEP_EVERY === 0) void sweep().catch(() => undefined);
  };
}

export class PgProcessedActivityLog implements ProcessedActivityLog {
  readonly #sweep: () => void;

  constructor(private readonly db: PgDatabase) {
    this.#sweep = occasionally(() => db.rows('DELETE FROM processed_activities WHERE expires_at <= now()'));
  }

  async firstSeen(key: string, keepForMs: number): Promise<boolean> {
    this.#sweep();
    // A row is returned when inserted, or when an expired row is taken over: both mean "first time".
    const rows = await this.db.rows(
      `INSERT INTO processed_activities (key, expires_at) VALUES ($1, now() + $2 * interval '1 millisecond')
       ON CONFLICT (key) DO UPDATE SET expires_at = EXCLUDED.expires_at WHERE processed_activities.expires_at <= now()
       RETURNING 1`,
      [key, keepForMs],
    );
    return rows.length === 1;
  }
}

export class PgConversationContexts implements ConversationContextRepository {
  readonly #sweep: () => void;

  constructor(private readonly db: PgDatabase) {
    this.#sweep = occasionally(() => db.rows('DELETE FROM conversation_contexts WHERE expires_at <= now()'));
  }

  async find(key: string): Promise<Readonly<Record<string, unknown>> | undefined> {
    const [row] = await this.db.rows<{ context: Record<string, unknown> }>('SELECT context FROM conversation_contexts WHERE key = $1 AND expires_at > now()', [key]);
    return row?.context;
  }

  async save(key: string, context: Readonly<Record<string, unknown>>, keepForMs: number): Promise<void> {
    this.#sweep();
    await this.db.rows(
      `INSERT INTO conversation_contexts (key, context, expires_at) VALUES ($1, $2, now() + $3 * interval '1 millisecond')
       ON CONFLICT (key) DO UPDATE SET context = EXCLUDED.context, expires_at = EXCLUDED.expires_at`,
      [key, jsonParam(context), keepForMs],
    );
  }
}

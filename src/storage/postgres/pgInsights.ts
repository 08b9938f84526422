/**
 * Event markers, reminder preferences and the unanswered-question log in
 * PostgreSQL. A claim is one INSERT … ON CONFLICT on the idempotency key:
 * across replicas exactly one claim of an event wins (a losing one may only
 * move the marker's keepUntil later).
 */
import type { UnansweredQuestion, UnansweredQuestionRepository } from '../../domain/insights/unansweredQuestion.js';
import type { EventMarker, EventMarkerRepository, MarkerKind, MarkerState } from '../../domain/markers/eventMarker.js';
import type { Language } from '../../domain/model.js';
import type { ReminderPreference, ReminderPreferenceRepository } from '../../domain/reminders/reminderTypes.js';
import { isoOrUndefined, type PgDatabase } from './pgDatabase.js';

interface MarkerRow {
  key: string;
  kind: MarkerKind;
  state: MarkerState;
  claimed_at: Date;
  settled_at: Date | null;
  tenant_id: string | null;
  recipient: string | null;
  topic: string | null;
  keep_until: string | null;
}

function markerOf(row: MarkerRow): EventMarker {
  const settledAt = isoOrUndefined(row.settled_at);
  return {
    key: row.key,
    kind: row.kind,
    state: row.state,
    claimedAt: row.claimed_at.toISOString(),
    ...(settledAt ? { settledAt } : {}),
    ...(row.tenant_id !== null ? { tenantId: row.tenant_id } : {}),
    ...(row.recipient !== null ? { recipient: row.recipient } : {}),
    ...(row.topic !== null ? { topic: row.topic } : {}),
    ...(row.keep_until !== null ? { keepUntil: row.keep_until } : {}),
  };
}

export class PgEventMarkers implements EventMarkerRepository {
  constructor(private readonly db: PgDatabase) {}

  async claim(marker: Omit<EventMarker, 'state' | 'settledAt'>): Promise<boolean> {
    // xmax is 0 only in a row this statement inserted; an updated one (keepUntil moved) lost the claim.
    const rows = await this.db.rows<{ inserted: boolean }>(
      `INSERT INTO event_markers (key, kind, state, claimed_at, tenant_id, recipient, topic, keep_until) VALUES ($1, $2, 'claimed', $3, $4, $5, $6, $7)
       ON CONFLICT (key) DO UPDATE SET keep_until = EXCLUDED.keep_until WHERE event_markers.keep_until < EXCLUDED.keep_until
       RETURNING (xmax = 0) AS inserted`,
      [marker.key, marker.kind, marker.claimedAt, marker.tenantId ?? null, marker.recipient ?? null, marker.topic ?? null, marker.keepUntil ?? null],
    );
    return rows[0]?.inserted === true;
  }

  async settle(key: string, state: Exclude<MarkerState, 'claimed'>, at: string): Promise<void> {
    await this.db.rows("UPDATE event_markers SET state = $2, settled_at = $3 WHERE key = $1 AND state = 'claimed'", [key, state, at]);
  }

  async find(key: string): Promise<EventMarker | undefined> {
    const [row] = await this.db.rows<MarkerRow>('SELECT * FROM event_markers WHERE key = $1', [key]);
    return row && markerOf(row);
  }

  async listSince(kind: MarkerKind, since: string): Promise<EventMarker[]> {
    return (await this.db.rows<MarkerRow>('SELECT * FROM event_markers WHERE kind = $1 AND claimed_at >= $2 ORDER BY claimed_at, key', [kind, since])).map(markerOf);
  }

  async purgeExpired(keptUntilBefore: string, claimedBefore: string): Promise<number> {
    const [row] = await this.db.rows<{ removed: number }>(
      'WITH gone AS (DELETE FROM event_markers WHERE keep_until < $1 AND claimed_at < $2 RETURNING 1) SELECT count(*)::int AS removed FROM gone',
      [keptUntilBefore, claimedBefore],
    );
    return row?.removed ?? 0;
  }
}

interface PreferenceRow {
  tenant_id: string;
  aad_object_id: string;
  opted_out: boolean;
  at: Date;
  language: Language | null;
}

export class PgReminderPreferences implements ReminderPreferenceRepository {
  constructor(private readonly db: PgDatabase) {}

  async find(tenantId: string, aadObjectId: string): Promise<ReminderPreference | undefined> {
    const [row] = await this.db.rows<PreferenceRow>('SELECT * FROM reminder_preferences WHERE tenant_id = $1 AND aad_object_id = $2', [tenantId, aadObjectId]);
    if (!row) return undefined;
    return { tenantId: row.tenant_id, aadObjectId: row.aad_object_id, optedOut: row.opted_out, at: row.at.toISOString(), ...(row.language ? { language: row.language } : {}) };
  }

  async save(preference: ReminderPreference): Promise<void> {
    await this.db.rows(
      `INSERT INTO reminder_preferences (tenant_id, aad_object_id, opted_out, at, language) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (tenant_id, aad_object_id) DO UPDATE SET opted_out = EXCLUDED.opted_out, at = EXCLUDED.at, language = EXCLUDED.language`,
      [preference.tenantId, preference.aadObjectId, preference.optedOut, preference.at, preference.language ?? null],
    );
  }
}

interface QuestionRow {
  key: string;
  at: Date;
  language: Language;
  text: string;
}

export class PgUnansweredQuestions implements UnansweredQuestionRepository {
  constructor(private readonly db: PgDatabase) {}

  async record(question: UnansweredQuestion): Promise<boolean> {
    const rows = await this.db.rows('INSERT INTO unanswered_questions (key, at, language, text) VALUES ($1, $2, $3, $4) ON CONFLICT (key) DO NOTHING RETURNING key', [
      question.key,
      question.at,
      question.language,
      question.text,
    ]);
    return rows.length === 1;
  }

  async listSince(since: string): Promise<UnansweredQuestion[]> {
    const rows = await this.db.rows<QuestionRow>('SELECT * FROM unanswered_questions WHERE at >= $1 ORDER BY at, key', [since]);
    return rows.map((r) => ({ key: r.key, at: r.at.toISOString(), language: r.language, text: r.text }));
  }

  async purgeBefore(cutoff: string): Promise<number> {
    return (await this.db.rows('DELETE FROM unanswered_questions WHERE at < $1 RETURNING key', [cutoff])).length;
  }
}

/**
 * The PostgreSQL block's figures: turns against one and two bot replicas on
 * one database as ratios to the echo bot, and the store at 100k/1M contracts
 * (bulk import time, write latency). Pure: tables and the JSON part.
 */
import { formatTable, num, turnCells, turnJson } from './report.js';
import { ratio, round } from './stats.js';

export type PgScenario = 'echo' | 'personal' | 'write';
export type PgStoreSize = '100k' | '1M';

export interface PgTurnMeasurement {
  /** Bot processes sharing the database (the echo bot is always one process). */
  readonly replicas: number;
  readonly scenario: PgScenario;
  readonly connections: number;
  readonly rps: number | null;
  readonly p50Ms: number | null;
  readonly p99Ms: number | null;
  readonly ok: number;
  readonly failed: number;
}

export interface PgTurnRow extends PgTurnMeasurement {
  /** rps / echo rps at the same connection count. */
  readonly rpsRatio: number | null;
  /** p99 / echo p99 at the same connection count. */
  readonly p99Ratio: number | null;
}

export interface PgStoreFigures {
  readonly contracts: number;
  readonly companies: number;
  /** Generating the rows and loading them with multi-row INSERTs, ANALYZE included. */
  readonly import_ms: number;
  /** activationRequests.createOnce, one at a time, each on a company not written before. */
  readonly write_p50_ms: number | null;
  readonly write_p99_ms: number | null;
  readonly writes: number;
}

export interface PostgresFigures {
  readonly turns: readonly PgTurnRow[];
  readonly writeTurn: string | null;
  readonly store: Partial<Record<PgStoreSize, PgStoreFigures>>;
  readonly notes: readonly string[];
}

/** The echo bot is measured once per connection count and is the reference for every replica count. */
export function withPgRatios(measurements: readonly PgTurnMeasurement[]): PgTurnRow[] {
  return measurements.map((m) => {
    const echo = measurements.find((e) => e.scenario === 'echo' && e.connections === m.connections);
    return { ...m, rpsRatio: ratio(m.rps, echo?.rps), p99Ratio: ratio(m.p99Ms, echo?.p99Ms) };
  });
}

const HEADLINE_CONNECTIONS = 10;

function find(figures: PostgresFigures, scenario: PgScenario, replicas: number, connections = HEADLINE_CONNECTIONS): PgTurnRow | undefined {
  return figures.turns.find((t) => t.scenario === scenario && t.connections === connections && (scenario === 'echo' || t.replicas === replicas));
}

/** The `postgres` part of --json: headline ratios at 10 connections per replica count, then every row. */
export function pgSummaryJson(figures: PostgresFigures | null): Record<string, unknown> | null {
  if (!figures) return null;
  const headline = (replicas: number): Record<string, number | null> => ({
    personal_rps: round(find(figures, 'personal', replicas)?.rps, 1),
    personal_ratio: round(find(figures, 'personal', replicas)?.rpsRatio, 3),
    personal_p99_ratio: round(find(figures, 'personal', replicas)?.p99Ratio, 3),
    write_rps: round(find(figures, 'write', replicas)?.rps, 1),
    write_ratio: round(find(figures, 'write', replicas)?.rpsRatio, 3),
    write_p99_ratio: round(find(figures, 'write', replicas)?.p99Ratio, 3),
  });
  const store: Record<string, unknown> = {};
  for (const [size, s] of Object.entries(figures.store)) {
    store[size] = { contracts: s.contracts, companies: s.companies, import_ms: round(s.import_ms, 0), write_p50_ms: round(s.write_p50_ms, 2), write_p99_ms: round(s.write_p99_ms, 2), writes: s.writes };
  }
  return {
    echo_rps: round(find(figures, 'echo', 1)?.rps, 1),
    one_replica: headline(1),
    two_replicas: headline(2),
    write_turn: figures.writeTurn,
    store,
    turns: figures.turns.map((t) => ({
      replicas: t.replicas,
      ...turnJson(t),
    })),
    notes: figures.notes,
  };
}


const label: Record<PgScenario, string> = { echo: 'echo bot (reference)', personal: 'personal questions', write: 'write turn' };

export function formatPostgres(figures: PostgresFigures | null): string {
  const out: string[] = ['4. PostgreSQL (embedded server started by the bench; turns on the 100k store; ratios to the echo bot at the same connection count)'];
  if (!figures) return [...out, 'not measured (null)'].join('\n');
  out.push(
    formatTable([
      ['replicas', 'turn', 'conns', 'req/s', 'p50 ms', 'p99 ms', 'rps ratio', 'p99 ratio', 'failed'],
      ...figures.turns.map((t) => [
        t.scenario === 'echo' ? '–' : String(t.replicas),
        label[t.scenario],
        ...turnCells(t),
      ]),
    ]),
  );
  out.push(`Write turn: ${figures.writeTurn ?? 'none available (null)'}`);
  out.push('Store (bulk import of generated companies, people and contracts; writes = activation requests one at a time)');
  out.push(
    formatTable([
      ['contracts', 'companies', 'import s', 'write p50 ms', 'write p99 ms', 'writes'],
      ...(Object.entries(figures.store) as Array<[PgStoreSize, PgStoreFigures]>).map(([size, s]) => [size, String(s.companies), num(s.import_ms / 1000), num(s.write_p50_ms, 2), num(s.write_p99_ms, 2), String(s.writes)]),
    ]),
  );
  for (const note of figures.notes) out.push(`- ${note}`);
  return out.join('\n');
}

/**
 * The PostgreSQL block's pure parts (load split, concurrent runs, ratios,
 * report and JSON) and its bulk seeding, read back through the real
 * PostgreSQL store. Nothing here asserts a timing.
 */
import pg from 'pg';
import { combineConcurrent, splitConnections, type LoadRunResult } from '../../bench/loadRun.js';
import { seedPostgres } from '../../bench/pgSeed.js';
import { formatPostgres, pgSummaryJson, withPgRatios, type PgTurnMeasurement, type PostgresFigures } from '../../bench/pgReport.js';
import { summarize } from '../../bench/stats.js';
import { benchTenantId, companyDataFor } from '../../bench/storeGenerator.js';
import { openPostgresStore } from '../../src/storage/postgres/pgStore.js';
import { createTestSchema } from '../postgres/testDatabase.js';

function run(connections: number, latencies: number[], seconds: number, failed = 0): LoadRunResult {
  const values = Float64Array.from(latencies);
  return { connections, ...summarize(values), rps: values.length / seconds, ok: values.length, failed, seconds, latencies: values };
}

describe('splitting load over replicas', () => {
  it.each([
    [10, 2, [5, 5]],
    [1, 1, [1]],
    [5, 2, [3, 2]],
    [50, 3, [17, 17, 16]],
  ])('%i connections over %i servers → %j', (total, parts, expected) => {
    expect(splitConnections(total, parts)).toEqual(expected);
    expect(splitConnections(total, parts).reduce((a, b) => a + b, 0)).toBe(total);
  });

  it('adds up runs that went on at the same time: requests over the same wall time, percentiles over all responses', () => {
    const combined = combineConcurrent([run(5, [1, 2, 3, 4], 2), run(5, [5, 6, 7, 8, 9, 10], 2.5, 1)]);
    expect(combined.connections).toBe(10);
    expect(combined.ok).toBe(10);
    expect(combined.failed).toBe(1);
    expect(combined.seconds).toBe(2.5);
    expect(combined.rps).toBeCloseTo(4);
    expect(combined.p99Ms).toBe(10);
    expect(combined.p50Ms).toBe(5);
  });
});

const measurements: PgTurnMeasurement[] = [
  { replicas: 1, scenario: 'echo', connections: 10, rps: 2000, p50Ms: 3, p99Ms: 10, ok: 6000, failed: 0 },
  { replicas: 1, scenario: 'personal', connections: 10, rps: 500, p50Ms: 20, p99Ms: 40, ok: 1500, failed: 0 },
  { replicas: 2, scenario: 'personal', connections: 10, rps: 400, p50Ms: 22, p99Ms: 60, ok: 1200, failed: 0 },
  { replicas: 2, scenario: 'write', connections: 10, rps: null, p50Ms: null, p99Ms: null, ok: 0, failed: 3 },
];

const figures: PostgresFigures = {
  turns: withPgRatios(measurements),
  writeTurn: 'activation request (card)',
  store: { '100k': { contracts: 100_000, companies: 20_000, import_ms: 4812.4, write_p50_ms: 0.561, write_p99_ms: 4.7, writes: 500 } },
  notes: ['1M skipped'],
};

describe('PostgreSQL figures', () => {
  it('takes ratios against the one echo bot for every replica count', () => {
    expect(figures.turns.map((t) => t.rpsRatio)).toEqual([1, 0.25, 0.2, null]);
    expect(figures.turns.map((t) => t.p99Ratio)).toEqual([1, 4, 6, null]);
  });

  it('puts the headline ratios per replica count and the store figures in the JSON part', () => {
    const json = pgSummaryJson(figures)!;
    expect(json.echo_rps).toBe(2000);
    expect(json.one_replica).toMatchObject({ personal_ratio: 0.25, personal_p99_ratio: 4, write_ratio: null });
    expect(json.two_replicas).toMatchObject({ personal_ratio: 0.2, personal_p99_ratio: 6, write_rps: null });
    expect(json.store).toEqual({ '100k': { contracts: 100_000, companies: 20_000, import_ms: 4812, write_p50_ms: 0.56, write_p99_ms: 4.7, writes: 500 } });
    expect(json.turns).toHaveLength(4);
    expect(pgSummaryJson(null)).toBeNull();
  });

  it('prints the replica table, the write turn, the store table and the notes', () => {
    const text = formatPostgres(figures);
    expect(text).toMatch(/^2\s+personal questions\s+10\s+400\.0\s+22\.00\s+60\.00\s+0\.20\s+6\.00\s+0$/m);
    expect(text).toMatch(/^2\s+write turn\s+10\s+–\s+–\s+–\s+–\s+–\s+3$/m);
    expect(text).toContain('Write turn: activation request (card)');
    expect(text).toMatch(/^100k\s+20000\s+4\.8\s+0\.56\s+4\.70\s+500$/m);
    expect(text).toContain('- 1M skipped');
    expect(formatPostgres(null)).toContain('not measured (null)');
  });
});

describe('bulk seeding of PostgreSQL', () => {
  it('loads generated companies that read back through the PostgreSQL store exactly as generated', async () => {
    const schema = await createTestSchema();
    const store = await openPostgresStore(schema.url, { poolSize: 2 });
    const pool = new pg.Pool({ connectionString: schema.url, max: 1 });
    try {
      const plan = { contracts: 60, companies: 7, today: '2026-01-15' };
      const generated = await seedPostgres(pool, plan, 25);
      expect(Array.from(generated.counts).reduce((a, b) => a + b, 0)).toBe(60);
      const [{ n }] = (await pool.query<{ n: string }>('SELECT count(*) AS n FROM contracts')).rows as [{ n: string }];
      expect(Number(n)).toBe(60);
      for (const i of [generated.largest, 1, 6]) {
        const expected = companyDataFor(i, generated.counts[i]!, plan.today);
        expect(await store.directory.findCompany(benchTenantId(i))).toEqual(expected.company);
        expect(await store.directory.listPeople(benchTenantId(i))).toEqual(expected.people);
        expect(await store.contracts.listByTenant(benchTenantId(i))).toEqual(expected.contracts);
      }
    } finally {
      await pool.end();
      await store.close();
      await schema.drop();
    }
  });
});

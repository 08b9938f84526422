/**
 * The benchmark's pure parts: arithmetic, report formatting, options, and the
 * store generator at a tiny size read back through the real lowdb store.
 * Nothing here asserts a timing.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshGeneralQuestion, generalQuestions } from '../../bench/activities.js';
import { parseOptions } from '../../bench/cli.js';
import { formatReport, formatTable, summaryJson, turnJson, withRatios, type BenchResults, type TurnMeasurement } from '../../bench/report.js';
import { percentile, ratio, round, SampleBuffer, summarize } from '../../bench/stats.js';
import {
  benchTenantId,
  companyDataFor,
  companyFileText,
  contractCounts,
  isActivated,
  pickCompanies,
  planStore,
  writeTargets,
  writeGeneratedStore,
} from '../../bench/storeGenerator.js';
import { openLowdbStore } from '../../src/storage/index.js';
import { companiesDirOf } from '../../src/storage/lowdb/lowdbStore.js';
import { companyFileName } from '../../src/storage/lowdb/safeFileName.js';

describe('stats', () => {
  it.each([
    [50, 5],
    [99, 10],
    [100, 10],
    [0, 1],
    [10, 1],
    [11, 2],
  ])('nearest-rank p%d of 1..10 is %d', (p, expected) => {
    expect(percentile([10, 3, 1, 2, 9, 4, 8, 5, 7, 6], p)).toBe(expected);
  });

  it('has no percentile of nothing and refuses a p outside 0..100', () => {
    expect(percentile([], 50)).toBeUndefined();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it('summarizes samples', () => {
    expect(summarize([4, 1, 3, 2])).toEqual({ count: 4, meanMs: 2.5, p50Ms: 2, p99Ms: 4, maxMs: 4 });
    expect(summarize([]).meanMs).toBeUndefined();
  });

  it('gives null ratios when a side is missing or the divisor is not positive', () => {
    expect(ratio(3, 4)).toBe(0.75);
    expect(ratio(null, 4)).toBeNull();
    expect(ratio(3, undefined)).toBeNull();
    expect(ratio(3, 0)).toBeNull();
    expect(round(0.123456, 3)).toBe(0.123);
    expect(round(null)).toBeNull();
  });

  it('grows its sample buffer', () => {
    const buffer = new SampleBuffer();
    for (let i = 0; i < 10_000; i += 1) buffer.push(i);
    expect(buffer.length).toBe(10_000);
    expect(buffer.values()[9_999]).toBe(9_999);
  });
});

describe('report', () => {
  const m = (scenario: TurnMeasurement['scenario'], connections: number, rps: number | null, p99Ms: number | null, store: TurnMeasurement['store'] = '100k'): TurnMeasurement => ({
    store,
    scenario,
    connections,
    rps,
    p50Ms: p99Ms === null ? null : p99Ms / 2,
    p99Ms,
    ok: 100,
    failed: 0,
  });
  const turns = withRatios([
    m('echo', 10, 1000, 10),
    m('qa', 10, 700, 20),
    m('fresh', 10, 450, 25),
    m('personal', 10, 500, 40),
    m('write', 10, 350, 50),
    m('echo', 50, 1000, 40),
    m('personal', 50, 400, 100),
    m('write', 50, 300, 160),
    m('echo', 10, 2000, 5, 'demo'),
    m('qa', 10, 1000, 5, 'demo'),
    m('write', 10, null, null, 'demo'),
  ]);
  const results: BenchResults = {
    machine: { nproc: 2, cpu: 'Test CPU', node: 'v20.0.0', date: '2026-01-01T00:00:00.000Z' },
    durationSeconds: 4,
    turns,
    writeTurn: 'activation request',
    memory: { '100k': { idleRssMb: 120.44, loadedRssMb: 310 }, demo: { idleRssMb: 110, loadedRssMb: 150 } },
    nlu: { perLanguage: { en: { total: 100, accuracy: 0.97, confidentWrong: 0.01, msPerUtterance: 0.2 }, ja: { total: 100, accuracy: 0.94, confidentWrong: 0.02, msPerUtterance: 0.3 } }, confidentWrong: 0.015 },
    store: {
      '100k': {
        contracts: 100_000,
        companies: 20_000,
        generate_ms: 5000,
        load_ms: 12.3456,
        first_read_ms: 1,
        write_ms: 2,
        write_p99_ms: 4,
        writes_per_s_concurrent: 500,
        largest_company_contracts: 700,
        largest_write_ms: 10,
        max_stall_ms: 12,
        idle_stall_ms: 3,
        largest_load_cpu_ms: 2,
        largest_write_cpu_ms: 3,
      },
    },
    notes: ['a note'],
  };

  it('divides by the echo bot of the same store and connection count', () => {
    const qa = turns.find((t) => t.scenario === 'qa' && t.store === '100k');
    expect(qa?.rpsRatio).toBeCloseTo(0.7);
    expect(qa?.p99Ratio).toBeCloseTo(2);
    expect(turns.find((t) => t.scenario === 'qa' && t.store === 'demo')?.rpsRatio).toBeCloseTo(0.5);
    expect(turns.find((t) => t.scenario === 'write' && t.store === 'demo')?.rpsRatio).toBeNull();
  });

  it('puts the headline fields of the issue in the JSON summary', () => {
    const json = summaryJson(results);
    expect(json).toMatchObject({
      echo_rps: 1000,
      qa_rps: 700,
      qa_ratio: 0.7,
      qa_p99_ratio: 2,
      qa_fresh_rps: 450,
      qa_fresh_ratio: 0.45,
      write_ratio: 0.35,
      nlu_accuracy: { en: 0.97, ja: 0.94 },
      nlu_confident_wrong: 0.015,
      store: { '100k': { load_ms: 12.35, write_ms: 2, max_stall_ms: 12 } },
      demo: { echo_rps: 2000, qa_ratio: 0.5, qa_p99_ratio: 1 },
    });
    const targets = json.targets as Record<string, { met: boolean | null }>;
    expect(targets.qa_ratio?.met).toBe(true);
    expect(targets.nlu_accuracy_ja?.met).toBe(false);
    expect(targets.nlu_confident_wrong_ja?.met).toBe(false);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('reports the app server\'s memory and the 50-connection tail against their targets', () => {
    const json = summaryJson(results);
    expect(json).toMatchObject({
      idle_rss_mb: 120.4,
      loaded_rss_mb: 310,
      personal_p99_ratio_50: 2.5,
      write_p99_ratio_50: 4,
      demo: { idle_rss_mb: 110, loaded_rss_mb: 150 },
    });
    const targets = json.targets as Record<string, { met: boolean | null }>;
    expect(targets.idle_rss_mb?.met).toBe(true);
    expect(targets.loaded_rss_mb?.met).toBe(false);
    expect(targets.personal_p99_ratio_50?.met).toBe(true);
    expect(targets.write_p99_ratio_50?.met).toBe(false);
    expect(formatReport(results)).toMatch(/100k\s+120\s+310/);
  });

  it('reports missing figures as null', () => {
    const json = summaryJson({ ...results, turns: [], memory: {}, nlu: null, store: {}, writeTurn: null });
    expect(json).toMatchObject({ echo_rps: null, qa_ratio: null, write_ratio: null, nlu_accuracy: null, nlu_confident_wrong: null, write_turn: null, idle_rss_mb: null, personal_p99_ratio_50: null });
    expect((json.targets as Record<string, { met: boolean | null }>).loaded_rss_mb?.met).toBeNull();
  });

  it('aligns table columns and right-aligns numbers', () => {
    const table = formatTable([
      ['name', 'value'],
      ['a', '1.5'],
      ['longer', '100.25'],
    ]);
    expect(table.split('\n')).toEqual(['name    value', '------  ------', 'a          1.5', 'longer  100.25']);
  });

  it('prints every section with the machine it ran on', () => {
    const text = formatReport(results);
    expect(text).toContain('2 cores (nproc), Test CPU, Node v20.0.0');
    expect(text).toMatch(/general questions\s+10\s+700\.0/);
    expect(text).toContain('97.0%');
    expect(text).toMatch(/100k\s+20000/);
    expect(text).toContain('- a note');
  });
});

describe('options', () => {
  it('has defaults that keep the run within a few minutes', () => {
    expect(parseOptions([])).toEqual({ json: false, durationSeconds: 3, connections: [1, 10, 50], skipMillion: false, cpuProfileDir: undefined, only: undefined });
  });

  it('reads --json, --duration, --connections, --skip-1m and --cpu-prof', () => {
    expect(parseOptions(['--json', '--duration=2', '--connections=5,20', '--skip-1m', '--cpu-prof=/tmp/p'])).toEqual({
      json: true,
      durationSeconds: 2,
      connections: [5, 20],
      skipMillion: true,
      cpuProfileDir: '/tmp/p',
      only: undefined,
    });
  });

  it('reads --only: a targeted run of some turn scenarios', () => {
    expect(parseOptions(['--only=personal,write']).only).toEqual(['personal', 'write']);
    expect(() => parseOptions(['--only=echo'])).toThrow(/--only takes/);
  });

  it('refuses what it does not know', () => {
    expect(() => parseOptions(['--fast'])).toThrow(/unknown option/);
    expect(() => parseOptions(['--duration=0'])).toThrow(/duration/);
    expect(() => parseOptions(['--connections=0'])).toThrow(/connections/);
  });
});

describe('store generator', () => {
  it('spreads exactly the planned contracts, deterministically and skewed', () => {
    const counts = contractCounts({ contracts: 10_000, companies: 500 });
    expect(counts.reduce((a, b) => a + b, 0)).toBe(10_000);
    expect(contractCounts({ contracts: 10_000, companies: 500 })).toEqual(counts);
    expect(Math.max(...counts)).toBeGreaterThan(10 * (10_000 / 500));
    expect(() => contractCounts({ contracts: 1, companies: 0 })).toThrow(RangeError);
  });

  it('picks companies across the range that satisfy the filter', () => {
    const generated = planStore({ contracts: 1000, companies: 100, today: '2026-11-24' });
    const picked = pickCompanies(generated, 10, (i) => !isActivated(i));
    expect(picked).toHaveLength(10);
    expect(new Set(picked).size).toBe(10);
    expect(picked.every((i) => i % 10 !== 0)).toBe(true);
  });

  it('makes every not-activated company a write target, once', () => {
    const generated = planStore({ contracts: 1000, companies: 100, today: '2026-11-24' });
    const targets = writeTargets(generated);
    expect(targets).toHaveLength(90);
    expect(new Set(targets).size).toBe(90);
    expect(targets.some((i) => isActivated(i))).toBe(false);
  });

  it('writes company files that the lowdb store reads back as generated, in the format it writes itself', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'psb-bench-test-'));
    try {
      const plan = { contracts: 40, companies: 6, today: '2026-11-24' };
      const generated = await writeGeneratedStore(dataDir, plan);
      const store = await openLowdbStore(dataDir);
      try {
        for (let i = 0; i < plan.companies; i += 1) {
          const expected = companyDataFor(i, generated.counts[i]!, plan.today);
          expect(await store.directory.findCompany(benchTenantId(i))).toEqual(expected.company);
          expect(await store.directory.listPeople(benchTenantId(i))).toEqual(expected.people);
          expect(await store.contracts.listByTenant(benchTenantId(i))).toEqual(expected.contracts);
        }
        // Rewriting a company through the store leaves its file byte-for-byte the same.
        const largest = companyDataFor(generated.largest, generated.counts[generated.largest]!, plan.today);
        await store.directory.saveCompany(largest.company!);
        const file = join(companiesDirOf(dataDir), companyFileName(largest.tenantId));
        expect(await readFile(file, 'utf8')).toBe(companyFileText(largest));
      } finally {
        await store.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('fresh general questions', () => {
  it('never repeat a text within a run, and keep the question in the language it was asked in', () => {
    const texts = Array.from({ length: 5000 }, (_, k) => freshGeneralQuestion(k));
    expect(new Set(texts).size).toBe(texts.length);
    generalQuestions.forEach((question, k) => expect(freshGeneralQuestion(k)).toContain(question));
    expect(freshGeneralQuestion(generalQuestions.findIndex((q) => /[ぁ-ん]/.test(q)))).toMatch(/^質問\d+：/);
  });
});

describe('a turn row in the JSON report', () => {
  it('carries the measured figures, rounded as the tables print them', () => {
    expect(turnJson({ scenario: 'qa', connections: 10, rps: 1133.94, p50Ms: 6.7649, p99Ms: 29.5712, rpsRatio: 0.46623, p99Ratio: 2.15049, ok: 3402, failed: 0 })).toEqual({
      scenario: 'qa',
      connections: 10,
      rps: 1133.9,
      p50_ms: 6.76,
      p99_ms: 29.57,
      rps_ratio: 0.466,
      p99_ratio: 2.15,
      ok: 3402,
      failed: 0,
    });
  });
});

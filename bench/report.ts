/**
 * Turning measurements into what the bench prints: ratios to the echo bot of
 * the same run, the readable tables and the one-line JSON summary. Pure.
 */
import { ratio, round } from './stats.js';

export type StoreName = 'demo' | '100k';
export type Scenario = 'echo' | 'qa' | 'fresh' | 'personal' | 'write';
export type StoreSize = '10k' | '100k' | '1M';

export interface TurnMeasurement {
  readonly store: StoreName;
  readonly scenario: Scenario;
  readonly connections: number;
  readonly rps: number | null;
  readonly p50Ms: number | null;
  readonly p99Ms: number | null;
  readonly ok: number;
  readonly failed: number;
}

export interface TurnRow extends TurnMeasurement {
  /** rps / echo rps (same store block, same connections). */
  readonly rpsRatio: number | null;
  /** p99 / echo p99 (same store block, same connections). */
  readonly p99Ratio: number | null;
}

export function withRatios(measurements: readonly TurnMeasurement[]): TurnRow[] {
  return measurements.map((m) => {
    const echo = measurements.find((e) => e.scenario === 'echo' && e.store === m.store && e.connections === m.connections);
    return { ...m, rpsRatio: ratio(m.rps, echo?.rps), p99Ratio: ratio(m.p99Ms, echo?.p99Ms) };
  });
}

export interface NluLanguageFigures {
  readonly total: number;
  readonly accuracy: number;
  readonly confidentWrong: number;
  readonly msPerUtterance: number;
}

export interface IndependentFigures {
  readonly total: number;
  /** Right answer, a clarifying question or an honest "the rules don't say". */
  readonly rightOrHonest: number;
  readonly right: number;
  readonly confidentlyWrong: number;
}

export interface NluFigures {
  /** The held-out split. */
  readonly perLanguage: Readonly<Record<string, NluLanguageFigures>>;
  readonly confidentWrong: number;
  /** The paraphrase set, measured like the held-out split. */
  readonly paraphrases?: Readonly<Record<string, NluLanguageFigures>>;
  /** The independent question set through the whole bot turn. */
  readonly independent?: Readonly<Record<string, IndependentFigures>>;
  /** The blind question set (written before reading the bot), through the whole bot turn. */
  readonly blind?: Readonly<Record<string, IndependentFigures>>;
}

export interface StoreFigures {
  readonly contracts: number;
  readonly companies: number;
  readonly generate_ms: number | null;
  readonly load_ms: number;
  readonly first_read_ms: number;
  readonly write_ms: number | null;
  readonly write_p99_ms: number | null;
  readonly writes_per_s_concurrent: number;
  readonly largest_company_contracts: number;
  readonly largest_write_ms: number | null;
  readonly max_stall_ms: number;
  readonly idle_stall_ms: number;
  readonly largest_load_cpu_ms: number;
  readonly largest_write_cpu_ms: number;
}

/** The app server's resident set size: after start-up (idle) and after its block's load runs. */
export interface MemoryFigures {
  readonly idleRssMb: number;
  readonly loadedRssMb: number;
}

export interface Machine {
  readonly nproc: number;
  readonly cpu: string;
  readonly node: string;
  readonly date: string;
}

export interface BenchResults {
  readonly machine: Machine;
  readonly durationSeconds: number;
  readonly turns: readonly TurnRow[];
  readonly writeTurn: string | null;
  /** Per store block; a block whose server failed has none. */
  readonly memory?: Partial<Record<StoreName, MemoryFigures>>;
  readonly nlu: NluFigures | null;
  readonly store: Partial<Record<StoreSize, StoreFigures>>;
  readonly notes: readonly string[];
}

/** The connection count the targets are stated at. */
export const HEADLINE_CONNECTIONS = 10;
/** The store the headline turn figures come from: the larger, harder one. */
export const HEADLINE_STORE: StoreName = '100k';
/** Where tail latency is judged: many conversations at once. */
export const TAIL_CONNECTIONS = 50;

function row(results: BenchResults, scenario: Scenario, store: StoreName = HEADLINE_STORE, connections = HEADLINE_CONNECTIONS): TurnRow | undefined {
  return results.turns.find((t) => t.store === store && t.scenario === scenario && t.connections === connections);
}

const tailRow = (results: BenchResults, scenario: Scenario): TurnRow | undefined => row(results, scenario, HEADLINE_STORE, TAIL_CONNECTIONS);

type Check = { readonly value: number | null; readonly target: string; readonly met: boolean | null };

function atLeast(value: number | null, min: number): Check {
  return { value: round(value, 3), target: `>= ${min}`, met: value === null ? null : value >= min };
}

function atMost(value: number | null, max: number): Check {
  return { value: round(value, 3), target: `<= ${max}`, met: value === null ? null : value <= max };
}

export function targetChecks(results: BenchResults): Record<string, Check> {
  const checks: Record<string, Check> = {
    qa_ratio: atLeast(row(results, 'qa')?.rpsRatio ?? null, 0.6),
    qa_p99_ratio: atMost(row(results, 'qa')?.p99Ratio ?? null, 3),
    write_ratio: atLeast(row(results, 'write')?.rpsRatio ?? null, 0.3),
    personal_p99_ratio_50: atMost(tailRow(results, 'personal')?.p99Ratio ?? null, 3),
    write_p99_ratio_50: atMost(tailRow(results, 'write')?.p99Ratio ?? null, 3),
    idle_rss_mb: atMost(results.memory?.[HEADLINE_STORE]?.idleRssMb ?? null, 180),
    loaded_rss_mb: atMost(results.memory?.[HEADLINE_STORE]?.loadedRssMb ?? null, 300),
    max_stall_ms_100k: atMost(results.store['100k']?.max_stall_ms ?? null, 50),
  };
  for (const [language, figures] of Object.entries(results.nlu?.perLanguage ?? {})) {
    checks[`nlu_accuracy_${language}`] = atLeast(figures.accuracy, 0.95);
    checks[`nlu_confident_wrong_${language}`] = atMost(figures.confidentWrong, 0.01);
  }
  for (const [language, figures] of Object.entries(results.nlu?.independent ?? {})) {
    checks[`independent_right_or_honest_${language}`] = atLeast(figures.rightOrHonest, 0.95);
    checks[`independent_confidently_wrong_${language}`] = atMost(figures.confidentlyWrong, 0.01);
  }
  for (const [language, figures] of Object.entries(results.nlu?.blind ?? {})) {
    checks[`blind_right_or_honest_${language}`] = atLeast(figures.rightOrHonest, 0.95);
    checks[`blind_confidently_wrong_${language}`] = atMost(figures.confidentlyWrong, 0.01);
  }
  return checks;
}

/** The turn ratios of one store block at the headline connection count. */
function headlineOf(results: BenchResults, store: StoreName): Record<string, number | null> {
  const qa = row(results, 'qa', store);
  const personal = row(results, 'personal', store);
  return {
    echo_rps: round(row(results, 'echo', store)?.rps, 1),
    qa_rps: round(qa?.rps, 1),
    qa_ratio: round(qa?.rpsRatio, 3),
    qa_p99_ratio: round(qa?.p99Ratio, 3),
    personal_ratio: round(personal?.rpsRatio, 3),
    personal_p99_ratio: round(personal?.p99Ratio, 3),
    personal_p99_ratio_50: round(row(results, 'personal', store, TAIL_CONNECTIONS)?.p99Ratio, 3),
    idle_rss_mb: round(results.memory?.[store]?.idleRssMb, 1),
    loaded_rss_mb: round(results.memory?.[store]?.loadedRssMb, 1),
  };
}

/** The --json summary: headline fields (the 100k store, 10 connections) first, details after. */
function questionSetSummary(figures: Readonly<Record<string, IndependentFigures>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(figures).map(([l, f]) => [l, { right_or_honest: round(f.rightOrHonest, 4), right: round(f.right, 4), confidently_wrong: round(f.confidentlyWrong, 4) }]));
}

export function summaryJson(results: BenchResults): Record<string, unknown> {
  const echo = row(results, 'echo');
  const qa = row(results, 'qa');
  const personal = row(results, 'personal');
  const write = row(results, 'write');
  const memory = results.memory?.[HEADLINE_STORE];
  const perLanguage = Object.entries(results.nlu?.perLanguage ?? {});
  const store: Record<string, unknown> = {};
  for (const [size, figures] of Object.entries(results.store)) {
    store[size] = Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, typeof v === 'number' && !Number.isInteger(v) ? round(v, 2) : v]));
  }
  return {
    echo_rps: round(echo?.rps, 1),
    qa_rps: round(qa?.rps, 1),
    qa_ratio: round(qa?.rpsRatio, 3),
    qa_p99_ratio: round(qa?.p99Ratio, 3),
    qa_fresh_rps: round(row(results, 'fresh')?.rps, 1),
    qa_fresh_ratio: round(row(results, 'fresh')?.rpsRatio, 3),
    personal_rps: round(personal?.rps, 1),
    personal_ratio: round(personal?.rpsRatio, 3),
    personal_p99_ratio: round(personal?.p99Ratio, 3),
    write_rps: round(write?.rps, 1),
    write_ratio: round(write?.rpsRatio, 3),
    write_p99_ratio: round(write?.p99Ratio, 3),
    personal_p99_ratio_50: round(tailRow(results, 'personal')?.p99Ratio, 3),
    write_p99_ratio_50: round(tailRow(results, 'write')?.p99Ratio, 3),
    idle_rss_mb: round(memory?.idleRssMb, 1),
    loaded_rss_mb: round(memory?.loadedRssMb, 1),
    write_turn: results.writeTurn,
    demo: headlineOf(results, 'demo'),
    nlu_accuracy: results.nlu ? Object.fromEntries(perLanguage.map(([l, f]) => [l, round(f.accuracy, 4)])) : null,
    nlu_confident_wrong: results.nlu ? round(results.nlu.confidentWrong, 4) : null,
    nlu_confident_wrong_per_language: results.nlu ? Object.fromEntries(perLanguage.map(([l, f]) => [l, round(f.confidentWrong, 4)])) : null,
    nlu_ms_per_utterance: results.nlu ? Object.fromEntries(perLanguage.map(([l, f]) => [l, round(f.msPerUtterance, 3)])) : null,
    nlu_paraphrase_accuracy: results.nlu?.paraphrases ? Object.fromEntries(Object.entries(results.nlu.paraphrases).map(([l, f]) => [l, round(f.accuracy, 4)])) : null,
    independent: results.nlu?.independent ? questionSetSummary(results.nlu.independent) : null,
    blind: results.nlu?.blind ? questionSetSummary(results.nlu.blind) : null,
    store,
    headline: { store: HEADLINE_STORE, connections: HEADLINE_CONNECTIONS, tail_connections: TAIL_CONNECTIONS },
    targets: targetChecks(results),
    turns: results.turns.map((t) => ({
      store: t.store,
      ...turnJson(t),
    })),
    machine: results.machine,
    seconds_per_load_run: results.durationSeconds,
    notes: results.notes,
  };
}

/** Plain-text table with right-aligned numbers; the first row is the header. */
export function formatTable(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  const numeric = (cell: string): boolean => /^[-+]?[\d.,]+( ?[%a-z]+)?$|^[≥≤]/.test(cell) || cell === '–';
  const line = (r: ReadonlyArray<string>): string =>
    r.map((cell, i) => (numeric(cell) && i > 0 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  const [header, ...body] = rows;
  if (!header) return '';
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export const num = (value: number | null | undefined, digits = 1): string => (value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits));

/** The measured cells of a turn-table row, from connections to failures (echo rows are the ratios' 1). */
type MeasuredTurn = Parameters<typeof turnCells>[0] & { ok: number };

/** A turn row's measured fields in the JSON report, shared by the lowdb and PostgreSQL blocks. */
export function turnJson(t: MeasuredTurn): Record<string, string | number | null> {
  return {
    scenario: t.scenario,
    connections: t.connections,
    rps: round(t.rps, 1),
    p50_ms: round(t.p50Ms, 2),
    p99_ms: round(t.p99Ms, 2),
    rps_ratio: round(t.rpsRatio, 3),
    p99_ratio: round(t.p99Ratio, 3),
    ok: t.ok,
    failed: t.failed,
  };
}

export function turnCells(t: { scenario: string; connections: number; rps: number | null; p50Ms: number | null; p99Ms: number | null; rpsRatio: number | null; p99Ratio: number | null; failed: number }): string[] {
  return [
    String(t.connections),
    num(t.rps),
    num(t.p50Ms, 2),
    num(t.p99Ms, 2),
    t.scenario === 'echo' ? '1' : num(t.rpsRatio, 2),
    t.scenario === 'echo' ? '1' : num(t.p99Ratio, 2),
    String(t.failed),
  ];
}
const pct = (value: number | null | undefined, digits = 1): string => (value === null || value === undefined ? '–' : `${(value * 100).toFixed(digits)}%`);

const scenarioLabel: Record<Scenario, string> = {
  echo: 'echo bot (reference)',
  qa: 'general questions',
  fresh: 'general questions, never asked before',
  personal: 'personal questions',
  write: 'write turn',
};

function questionSetTable(figures: Readonly<Record<string, IndependentFigures>>): string {
  return formatTable([
    ['language', 'questions', 'right or honest', 'right', 'confidently wrong'],
    ...Object.entries(figures).map(([l, f]) => [l, String(f.total), pct(f.rightOrHonest), pct(f.right), pct(f.confidentlyWrong)]),
  ]);
}

export function formatReport(results: BenchResults): string {
  const m = results.machine;
  const out: string[] = [];
  out.push(`Partner Support Bot benchmark — ${m.date}`);
  out.push(`Machine: ${m.nproc} cores (nproc), ${m.cpu}, Node ${m.node}; ${results.durationSeconds} s per load run`);
  out.push('');
  out.push('1. Turn cost over HTTP (expectReplies; ratios to the echo bot of the same store block and connection count)');
  out.push(
    formatTable([
      ['store', 'turn', 'conns', 'req/s', 'p50 ms', 'p99 ms', 'rps ratio', 'p99 ratio', 'failed'],
      ...results.turns.map((t) => [
        t.store,
        scenarioLabel[t.scenario],
        ...turnCells(t),
      ]),
    ]),
  );
  out.push(`Write turn: ${results.writeTurn ?? 'none available (null)'}`);
  const memory = Object.entries(results.memory ?? {}) as Array<[StoreName, MemoryFigures]>;
  if (memory.length) {
    out.push('App server RSS (MB): after start-up, and after its block\'s load runs');
    out.push(formatTable([['store', 'idle', 'loaded'], ...memory.map(([store, f]) => [store, num(f.idleRssMb, 0), num(f.loadedRssMb, 0)])]));
  }
  out.push('');
  out.push('2. Language understanding (held-out split)');
  if (results.nlu) {
    out.push(
      formatTable([
        ['language', 'utterances', 'accuracy', 'confident wrong', 'ms/utterance'],
        ...Object.entries(results.nlu.perLanguage).map(([l, f]) => [l, String(f.total), pct(f.accuracy), pct(f.confidentWrong), num(f.msPerUtterance, 3)]),
      ]),
    );
    out.push(`Confident wrong, all languages: ${pct(results.nlu.confidentWrong, 2)}`);
    if (results.nlu.paraphrases) {
      out.push('Paraphrase set (written apart from the corpus, never trained on)');
      out.push(
        formatTable([
          ['language', 'utterances', 'accuracy', 'confident wrong'],
          ...Object.entries(results.nlu.paraphrases).map(([l, f]) => [l, String(f.total), pct(f.accuracy), pct(f.confidentWrong)]),
        ]),
      );
    }
    if (results.nlu.independent) {
      out.push('Independent question set (from the article, through the whole bot turn)');
      out.push(questionSetTable(results.nlu.independent));
    }
    if (results.nlu.blind) {
      out.push('Blind set (written from the article before reading the bot, through the whole bot turn)');
      out.push(questionSetTable(results.nlu.blind));
    }
  } else out.push('not measured (null)');
  out.push('');
  out.push('3. Store (lowdb, one file per company)');
  out.push(
    formatTable([
      ['contracts', 'companies', 'generate s', 'load ms', 'first read ms', 'write ms', 'write p99 ms', 'writes/s ×16', 'largest co.', 'its write ms', 'its CPU load/write ms', 'max stall ms', 'idle stall ms'],
      ...(Object.entries(results.store) as Array<[StoreSize, StoreFigures]>).map(([size, s]) => [
        size,
        String(s.companies),
        s.generate_ms === null ? '–' : num(s.generate_ms / 1000),
        num(s.load_ms),
        num(s.first_read_ms, 2),
        num(s.write_ms, 2),
        num(s.write_p99_ms, 2),
        num(s.writes_per_s_concurrent, 0),
        String(s.largest_company_contracts),
        num(s.largest_write_ms, 2),
        `${num(s.largest_load_cpu_ms, 1)} / ${num(s.largest_write_cpu_ms, 1)}`,
        num(s.max_stall_ms, 1),
        num(s.idle_stall_ms, 1),
      ]),
    ]),
  );
  out.push('');
  out.push('Targets');
  out.push(
    formatTable([
      ['figure', 'value', 'target', 'met'],
      ...Object.entries(targetChecks(results)).map(([name, c]) => [name, c.value === null ? '–' : String(c.value), c.target, c.met === null ? 'n/a' : c.met ? 'yes' : 'NO']),
    ]),
  );
  if (results.notes.length) {
    out.push('');
    out.push('Notes');
    for (const note of results.notes) out.push(`- ${note}`);
  }
  return out.join('\n');
}

/**
 * The bench's PostgreSQL block: the bot on the bench's own embedded
 * PostgreSQL with one replica and with two (two bot processes on one
 * database, the load split between them), personal and write turns against
 * the echo bot of the same run; then the store at 100k and 1M contracts:
 * bulk import time and write latency at that size.
 */
import pg from 'pg';
import type { ActivationRequest } from '../src/domain/repositories.js';
import { openPostgresStore } from '../src/storage/postgres/pgStore.js';
import { activationRequestText, echoText, executeActivity, messageActivity, personalQuestions, stranger, type BenchUser } from './activities.js';
import { startServerChild, type ServerChild } from './childProcesses.js';
import type { BenchOptions } from './cli.js';
import { startEmbeddedPostgres, type EmbeddedPostgresServer } from '../scripts/embeddedPostgres.js';
import { combineConcurrent, mergeRuns, runLoad, splitConnections, type LoadRunResult } from './loadRun.js';
import { seedPostgres } from './pgSeed.js';
import { withPgRatios, type PgScenario, type PgStoreFigures, type PgTurnMeasurement, type PostgresFigures } from './pgReport.js';
import { SampleBuffer, summarize } from './stats.js';
import { benchAdminId, benchTenantId, benchUserId, isActivated, pickCompanies, writeTargets, type GeneratedStore, type StorePlan } from './storeGenerator.js';

export interface PgBenchContext {
  readonly options: BenchOptions;
  readonly echo: ServerChild;
  readonly today: string;
  readonly log: (message: string) => void;
  readonly post: (url: string, activity: Record<string, unknown>) => Promise<{ status: number; texts: string[] }>;
  /** Whether there is still time for the 1M store. */
  readonly millionAllowed: () => boolean;
}

const WARM_UP_SECONDS = 4;
/** Sequential writes timed per store size. */
const PROBE_WRITES = 500;

const admin = (i: number): BenchUser => ({ aadObjectId: benchAdminId(i), tenantId: benchTenantId(i), name: `Admin ${i}` });
const user = (i: number): BenchUser => ({ aadObjectId: benchUserId(i), tenantId: benchTenantId(i), name: `User ${i}` });

/** Creates a database, applies the store's migrations and bulk-loads the plan, timing the load. */
async function importStore(server: EmbeddedPostgresServer, name: string, plan: StorePlan): Promise<{ url: string; generated: GeneratedStore; importMs: number }> {
  const url = await server.createDatabase(name);
  const store = await openPostgresStore(url, { poolSize: 1 });
  await store.close();
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    const started = performance.now();
    const generated = await seedPostgres(pool, plan);
    return { url, generated, importMs: performance.now() - started };
  } finally {
    await pool.end();
  }
}

/** Activation requests one at a time through the store, each on a not-activated company not written before. */
async function probeWrites(url: string, companies: readonly number[]): Promise<{ p50: number | null; p99: number | null; writes: number }> {
  const store = await openPostgresStore(url, { poolSize: 2 });
  const samples = new SampleBuffer();
  try {
    for (const company of companies) {
      const request: ActivationRequest = {
        id: `bench-pg-activation-${company}`,
        tenantId: benchTenantId(company),
        requestedBy: benchAdminId(company),
        requestedAt: new Date().toISOString(),
        idempotencyKey: `bench-pg:${company}`,
        status: 'pending',
      };
      const started = performance.now();
      await store.activationRequests.createOnce(request);
      samples.push(performance.now() - started);
    }
  } finally {
    await store.close();
  }
  const summary = summarize(samples.values());
  return { p50: summary.p50Ms ?? null, p99: summary.p99Ms ?? null, writes: samples.length };
}

async function storeFigures(server: EmbeddedPostgresServer, name: string, plan: StorePlan, log: (m: string) => void): Promise<{ figures: PgStoreFigures; url: string; generated: GeneratedStore; probed: Set<number> }> {
  log(`postgres ${name}: importing ${plan.contracts} contracts across ${plan.companies} companies`);
  const { url, generated, importMs } = await importStore(server, name, plan);
  const probed = pickCompanies(generated, PROBE_WRITES, (i) => !isActivated(i)).slice(0, PROBE_WRITES);
  const writes = await probeWrites(url, probed);
  log(`postgres ${name}: imported in ${(importMs / 1000).toFixed(1)} s; write p50 ${writes.p50?.toFixed(2)} ms, p99 ${writes.p99?.toFixed(2)} ms`);
  const figures: PgStoreFigures = { contracts: plan.contracts, companies: plan.companies, import_ms: importMs, write_p50_ms: writes.p50, write_p99_ms: writes.p99, writes: writes.writes };
  return { figures, url, generated, probed: new Set(probed) };
}

async function activationRequestsOf(url: string, tenantId: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ n: string }>('SELECT count(*) AS n FROM activation_requests WHERE tenant_id = $1', [tenantId]);
    return Number(result.rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

interface Source {
  readonly scenario: PgScenario;
  readonly urls: readonly string[];
  readonly next: () => string;
}

/** One timed run of a source: its connections split over its servers, run at the same time. */
async function runSource(source: Source, connections: number, seconds: number): Promise<LoadRunResult> {
  const shares = splitConnections(connections, source.urls.length);
  const runs = await Promise.all(source.urls.map((url, i) => runLoad({ url, connections: shares[i]!, durationSeconds: seconds, nextBody: source.next })));
  return combineConcurrent(runs);
}

async function measureTurns(context: PgBenchContext, url: string, generated: GeneratedStore, skip: ReadonlySet<number>, notes: string[]): Promise<{ turns: PgTurnMeasurement[]; writeTurn: string | null }> {
  const { options, echo, log, post } = context;
  const personalUsers = pickCompanies(generated, 400, (i, n) => isActivated(i) && n > 0).flatMap((i) => (i % 4 === 0 ? [admin(i)] : [user(i)]));
  const writeCompanies = writeTargets(generated).filter((i) => !skip.has(i));
  let cursor = 0;
  let wrapped = false;
  const nextWriteCompany = (): number => {
    if (cursor >= writeCompanies.length) [cursor, wrapped] = [0, true];
    return writeCompanies[cursor++]!;
  };
  let k = 0;
  // The activation request as the lowdb block finds it: by text if one turn writes, else the card's confirm action.
  const writeCandidates: ReadonlyArray<{ label: string; build: (i: number) => Record<string, unknown> }> = [
    { label: 'activation request (text, admin of a not-activated company)', build: (i) => messageActivity(admin(i), activationRequestText, { conversationId: `a:bench-write-${i}` }) },
    {
      label: 'activation request (Action.Execute "activate", step "confirm", by an admin of a not-activated company)',
      build: (i) => executeActivity(admin(i), 'activate', { step: 'confirm', tenantId: benchTenantId(i), userId: benchAdminId(i) }, { conversationId: `a:bench-write-${i}` }),
    },
  ];
  let writeActivity = writeCandidates[0]!.build;
  const bodies: Record<PgScenario, () => string> = {
    echo: () => JSON.stringify(messageActivity(stranger, echoText, { conversationId: `a:bench-echo-${(k += 1) % 64}` })),
    personal: () => {
      k += 1;
      const asker = personalUsers[k % personalUsers.length]!;
      return JSON.stringify(messageActivity(asker, personalQuestions[(k >> 3) % personalQuestions.length]!));
    },
    write: () => JSON.stringify(writeActivity(nextWriteCompany())),
  };
  const turns: PgTurnMeasurement[] = [];
  const replicas: ServerChild[] = [];
  let writeTurn: string | null = null;
  try {
    for (const count of [1, 2]) {
      while (replicas.length < count) {
        const replica = await startServerChild('app', '', [], 120_000, url);
        replicas.push(replica);
        log(`postgres: replica ${replicas.length} listening at ${replica.url} after ${replica.startMs.toFixed(0)} ms`);
        // Known users' first turn stores their conversation reference: not part of the measurement.
        for (let i = 0; i < personalUsers.length; i += 16) await Promise.all(personalUsers.slice(i, i + 16).map((u) => post(replica.url, messageActivity(u, 'hello'))));
      }
      if (count === 1) {
        for (const candidate of writeCandidates) {
          const probe = nextWriteCompany();
          await post(replicas[0]!.url, messageActivity(admin(probe), 'hello', { conversationId: `a:bench-write-${probe}` }));
          const { status, texts } = await post(replicas[0]!.url, candidate.build(probe));
          const wrote = status === 200 && (await activationRequestsOf(url, benchTenantId(probe))) > 0;
          log(`postgres write turn probe "${candidate.label.split(' (')[0]}": HTTP ${status}, ${wrote ? 'wrote' : 'no write'}; reply ${JSON.stringify(texts.join(' | ').slice(0, 80))}`);
          if (!wrote) continue;
          writeTurn = candidate.label;
          writeActivity = candidate.build;
          break;
        }
        if (!writeTurn) notes.push('PostgreSQL: no activation request turn wrote a request; write figures are null.');
      }
      const urls = replicas.map((r) => r.url);
      const sources: Source[] = [
        ...(count === 1 ? [{ scenario: 'echo' as const, urls: [echo.url], next: bodies.echo }] : []),
        { scenario: 'personal', urls, next: bodies.personal },
        ...(writeTurn ? [{ scenario: 'write' as const, urls, next: bodies.write }] : []),
      ];
      for (const source of sources) await runSource(source, 10, WARM_UP_SECONDS); // warm-up, not recorded
      const rounds = options.durationSeconds >= 2 ? 2 : 1;
      for (const connections of options.connections) {
        if (connections < count) continue; // a replica without a connection measures nothing
        const collected = new Map<PgScenario, LoadRunResult[]>();
        for (let round = 0; round < rounds; round += 1) {
          for (const source of sources) collected.set(source.scenario, [...(collected.get(source.scenario) ?? []), await runSource(source, connections, options.durationSeconds / rounds)]);
        }
        for (const source of sources) {
          const r = mergeRuns(collected.get(source.scenario) ?? []);
          log(`postgres ×${count}/${source.scenario} c=${connections}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50Ms?.toFixed(2)} ms, p99 ${r.p99Ms?.toFixed(2)} ms, failed ${r.failed}`);
          turns.push({ replicas: count, scenario: source.scenario, connections, rps: r.rps, p50Ms: r.p50Ms ?? null, p99Ms: r.p99Ms ?? null, ok: r.ok, failed: r.failed });
        }
      }
    }
  } finally {
    for (const replica of replicas) {
      const { unhandled, first } = await replica.stop();
      if (unhandled > 0) notes.push(`PostgreSQL: a replica had ${unhandled} unhandled promise rejection(s); first: ${first}`);
    }
  }
  if (wrapped) notes.push('PostgreSQL: the write pool wrapped around; repeated companies may have been answered without a write.');
  return { turns, writeTurn };
}

export async function measurePostgres(context: PgBenchContext): Promise<PostgresFigures> {
  const { log, today } = context;
  const notes: string[] = [];
  const store: PostgresFigures['store'] = {};
  let turns: PgTurnMeasurement[] = [];
  let writeTurn: string | null = null;
  log('postgres: starting the embedded server');
  const server = await startEmbeddedPostgres({ dirPrefix: 'psb-bench-pg-', maxConnections: 100 });
  try {
    const big = await storeFigures(server, 'bench_100k', { contracts: 100_000, companies: 20_000, today }, log);
    store['100k'] = big.figures;
    try {
      ({ turns, writeTurn } = await measureTurns(context, big.url, big.generated, big.probed, notes));
    } catch (error) {
      log(`postgres turns: FAILED ${String(error)}`);
      notes.push(`PostgreSQL turn measurements failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
    }
    if (context.options.skipMillion) notes.push('PostgreSQL 1M store skipped (--skip-1m).');
    else if (!context.millionAllowed()) notes.push('PostgreSQL 1M store skipped: the run was already past its time budget.');
    else store['1M'] = (await storeFigures(server, 'bench_1m', { contracts: 1_000_000, companies: 200_000, today }, log)).figures;
    notes.push('Replicas are bot processes on one database; with two, each load run splits its connections between them. On a 2-core machine the replicas, PostgreSQL and the load generator share the cores, so two replicas measure correctness of sharing under load, not scale-out.');
  } finally {
    await server.stop();
  }
  return { turns: withPgRatios(turns), writeTurn, store, notes };
}

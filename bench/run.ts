/**
 * `npm run bench [-- --json]`: turn cost over HTTP against a bare echo bot of
 * the same run, language understanding on the held-out split, and store
 * timings at 10k/100k/1M contracts, then the same bot on PostgreSQL (one and
 * two replicas, store import and writes at 100k/1M). Servers under test run in child processes
 * (the load generator, autocannon, runs here): on 2 cores each side gets one.
 * Progress goes to stderr; stdout gets the table and, with --json, one JSON
 * object on its last line.
 */
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { CompanyData } from '../src/storage/companyData.js';
import { openLowdbStore, seedIfEmpty } from '../src/storage/index.js';
import { companiesDirOf } from '../src/storage/lowdb/lowdbStore.js';
import { companyFileName } from '../src/storage/lowdb/safeFileName.js';
import {
  activationRequestText,
  echoText,
  executeActivity,
  freshGeneralQuestion,
  generalQuestions,
  handoffRequestText,
  messageActivity,
  personalQuestions,
  replyTexts,
  stranger,
  type BenchUser,
} from './activities.js';
import { runStoreProbeChild, startServerChild, type ServerChild } from './childProcesses.js';
import { parseOptions, type BenchOptions } from './cli.js';
import { mergeRuns, runLoad, type LoadRunResult } from './loadRun.js';
import { measureNlu } from './nluBench.js';
import { measurePostgres } from './pgBench.js';
import { formatPostgres, pgSummaryJson, type PostgresFigures } from './pgReport.js';
import {
  formatReport,
  summaryJson,
  withRatios,
  type BenchResults,
  type Machine,
  type MemoryFigures,
  type NluFigures,
  type Scenario,
  type StoreFigures,
  type StoreName,
  type StoreSize,
  type TurnMeasurement,
} from './report.js';
import {
  benchAdminId,
  benchTenantId,
  benchUserId,
  companyDataFor,
  isActivated,
  pickCompanies,
  writeGeneratedStore,
  writeTargets,
  type GeneratedStore,
  type StorePlan,
} from './storeGenerator.js';

const startedAt = performance.now();
const elapsedS = (): number => (performance.now() - startedAt) / 1000;
const log = (message: string): void => void process.stderr.write(`[bench ${elapsedS().toFixed(0).padStart(3)}s] ${message}\n`);

/** Past this, the optional 1M store phase is skipped so the whole run stays within ~4 minutes. */
const MILLION_DEADLINE_S = 200;
/** The same for PostgreSQL's 1M import, counted from the start of the run (the block runs last). */
const PG_MILLION_DEADLINE_S = 600;
/** Measured here: throughput still rises for ~3 s of load after start-up (608 → 962 → 1165 req/s in 3 s runs). */
const WARM_UP_SECONDS = 4;
/**
 * Shorter for the write turn: each of its requests uses up one of the 100k store's 18,000
 * not-activated companies (storeGenerator.ts), and a long warm-up would leave too few for the
 * measured runs (a pool that wraps answers repeated companies without a write).
 */
const WRITE_WARM_UP_SECONDS = 1.5;
const PLACEHOLDER = /not available yet|準備中/;
const APOLOGY = /something went wrong|問題が発生しました/;

function machine(): Machine {
  let cpu = 'unknown';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    // not Linux: leave it unknown
  }
  return { nproc: availableParallelism(), cpu, node: process.version, date: new Date().toISOString() };
}

async function post(url: string, activity: Record<string, unknown>): Promise<{ status: number; texts: string[] }> {
  const response = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return { status: response.status, texts: replyTexts(body) };
}

async function readCompanyFile(dataDir: string, tenantId: string): Promise<CompanyData | undefined> {
  try {
    return JSON.parse(await readFile(join(companiesDirOf(dataDir), companyFileName(tenantId)), 'utf8')) as CompanyData;
  } catch {
    return undefined;
  }
}

/** Sizes and modification times of everything in the data directory but the company files. */
async function dataDirFingerprint(dataDir: string): Promise<string> {
  const entries = await readdir(dataDir, { withFileTypes: true });
  const parts: string[] = [];
  for (const entry of entries) {
    if (entry.name === 'companies') continue;
    const info = await stat(join(dataDir, entry.name)).catch(() => undefined);
    if (info) parts.push(`${entry.name}:${info.size}:${info.mtimeMs}`);
  }
  return parts.sort().join('|');
}

const admin = (i: number): BenchUser => ({ aadObjectId: benchAdminId(i), tenantId: benchTenantId(i), name: `Admin ${i}` });
const user = (i: number): BenchUser => ({ aadObjectId: benchUserId(i), tenantId: benchTenantId(i), name: `User ${i}` });

const demoPersonas: BenchUser[] = [
  { aadObjectId: 'aad-alice', tenantId: 'tenant-contoso', name: 'Alice Chen' },
  { aadObjectId: 'aad-bob', tenantId: 'tenant-contoso', name: 'Bob Kato' },
  { aadObjectId: 'aad-carol', tenantId: 'tenant-contoso', name: 'Carol Díaz' },
  { aadObjectId: 'aad-dave', tenantId: 'tenant-contoso', name: 'Dave Ito' },
  { aadObjectId: 'aad-erin', tenantId: 'tenant-fabrikam', name: 'Erin Sato' },
  { aadObjectId: 'aad-frank', tenantId: 'tenant-northwind', name: 'Frank Müller' },
  { aadObjectId: 'aad-grace', tenantId: 'tenant-tailspin', name: 'Grace Park' },
  { aadObjectId: 'aad-heidi', tenantId: 'tenant-wingtip', name: 'Heidi Nakamura' },
];

/** A generated store holding the demo data too, checked by reading its largest company back through the store. */
async function prepareGeneratedStore(dataDir: string, plan: StorePlan, withDemo: boolean): Promise<{ generated: GeneratedStore; ms: number }> {
  const started = performance.now();
  await mkdir(dataDir, { recursive: true });
  if (withDemo) {
    const store = await openLowdbStore(dataDir);
    await seedIfEmpty(store, plan.today);
    await store.close();
  }
  const generated = await writeGeneratedStore(dataDir, plan);
  const ms = performance.now() - started;
  const expected = companyDataFor(generated.largest, generated.counts[generated.largest]!, plan.today, plan.seed ?? 1);
  const store = await openLowdbStore(dataDir);
  try {
    const [company, people, contracts] = await Promise.all([
      store.directory.findCompany(expected.tenantId),
      store.directory.listPeople(expected.tenantId),
      store.contracts.listByTenant(expected.tenantId),
    ]);
    if (!isDeepStrictEqual(company, expected.company) || !isDeepStrictEqual(people, expected.people) || !isDeepStrictEqual(contracts, expected.contracts)) {
      throw new Error(`generated store at ${dataDir}: ${expected.tenantId} reads back differently through openLowdbStore`);
    }
  } finally {
    await store.close();
  }
  return { generated, ms };
}

interface WriteTurn {
  readonly label: string;
  readonly build: (company: number) => Record<string, unknown>;
}

/** Company indices for write turns: not-activated companies, each used once. */
class WritePool {
  #cursor = 0;
  #wrapped = false;
  constructor(private readonly companies: readonly number[]) {}
  next(): number {
    if (this.#cursor >= this.companies.length) {
      this.#cursor = 0;
      this.#wrapped = true;
    }
    const company = this.companies[this.#cursor]!;
    this.#cursor += 1;
    return company;
  }
  get used(): number {
    return this.#cursor;
  }
  get wrapped(): boolean {
    return this.#wrapped;
  }
}

/**
 * Finds a single HTTP turn that writes to the store, in order of preference:
 * an activation request (text, then the card action), a hand-off, and as a
 * fallback the first message of a known user in a new 1:1 chat, which stores
 * the conversation reference. Each candidate is tried on a fresh company and
 * kept only if the store changed on disk.
 */
async function detectWriteTurn(url: string, dataDir: string, pool: WritePool, notes: string[]): Promise<WriteTurn | null> {
  const candidates: Array<WriteTurn & { readonly verify: (company: number, before: string, texts: string[]) => Promise<boolean> }> = [
    {
      label: 'activation request (text, admin of a not-activated company)',
      build: (i) => messageActivity(admin(i), activationRequestText, { conversationId: `a:bench-write-${i}` }),
      verify: async (i) => {
        const data = await readCompanyFile(dataDir, benchTenantId(i));
        return (data?.activationRequests.length ?? 0) > 0 || (data?.company?.activation.status ?? 'notActivated') !== 'notActivated';
      },
    },
    {
      label: 'activation request (Action.Execute "activate", step "confirm", by an admin of a not-activated company)',
      build: (i) => executeActivity(admin(i), 'activate', { step: 'confirm', tenantId: benchTenantId(i), userId: benchAdminId(i) }, { conversationId: `a:bench-write-${i}` }),
      verify: async (i) => {
        const data = await readCompanyFile(dataDir, benchTenantId(i));
        return (data?.activationRequests.length ?? 0) > 0 || (data?.company?.activation.status ?? 'notActivated') !== 'notActivated';
      },
    },
    {
      label: 'hand-off ticket (text)',
      build: (i) => messageActivity(user(i), handoffRequestText, { conversationId: `a:personal-${benchUserId(i)}` }),
      verify: async (_i, before, texts) => !texts.some((t) => PLACEHOLDER.test(t)) && (await dataDirFingerprint(dataDir)) !== before,
    },
    {
      label: "first message of a known user in a new 1:1 chat (stores the conversation reference) — FALLBACK: activation and hand-off not available",
      build: (i) => messageActivity(admin(i), generalQuestions[i % generalQuestions.length]!, { conversationId: `a:bench-write-${i}` }),
      verify: async (i) => ((await readCompanyFile(dataDir, benchTenantId(i)))?.userReferences.length ?? 0) > 0,
    },
  ];
  for (const candidate of candidates) {
    const company = pool.next();
    // The reference write of a first turn would make every candidate look like a write: prime it first.
    if (!candidate.label.startsWith('first message')) await post(url, messageActivity(admin(company), 'hello', { conversationId: `a:bench-write-${company}` }));
    if (!candidate.label.startsWith('first message')) await post(url, messageActivity(user(company), 'hello', { conversationId: `a:personal-${benchUserId(company)}` }));
    const before = await dataDirFingerprint(dataDir);
    const { status, texts } = await post(url, candidate.build(company));
    const wrote = status === 200 && (await candidate.verify(company, before, texts));
    log(`write turn probe "${candidate.label.split(' (')[0]}": HTTP ${status}, ${wrote ? 'wrote' : 'no write'}; reply ${JSON.stringify(texts.join(' | ').slice(0, 80))}`);
    if (wrote) return candidate;
    if (!candidate.label.startsWith('first message')) notes.push(`Write turn "${candidate.label}" not used: it did not write to the store in one turn (reply: ${JSON.stringify(texts.join(' | ').slice(0, 80))}).`);
  }
  return null;
}

interface Block {
  readonly store: StoreName;
  readonly dataDir: string;
  readonly personalUsers: readonly BenchUser[];
  readonly writePool: WritePool | undefined;
}

/** How long the app sits idle after start-up before its RSS is read: start-up's last timers and garbage settle. */
const IDLE_SETTLE_MS = 2000;

async function measureBlock(
  block: Block,
  echo: ServerChild,
  options: BenchOptions,
  execArgv: string[],
  notes: string[],
): Promise<{ turns: TurnMeasurement[]; writeTurn: string | null; memory: MemoryFigures | undefined }> {
  log(`${block.store}: starting the app server`);
  const app = await startServerChild('app', block.dataDir, execArgv);
  log(`${block.store}: app listening at ${app.url} after ${app.startMs.toFixed(0)} ms`);
  const turns: TurnMeasurement[] = [];
  let writeTurn: WriteTurn | null = null;
  let memory: MemoryFigures | undefined;
  try {
    await new Promise((resolve) => setTimeout(resolve, IDLE_SETTLE_MS));
    const idleRssMb = await app.rssMb();
    log(`${block.store}: app RSS after start-up ${idleRssMb.toFixed(0)} MB`);
    let k = 0;
    const bodies: Record<Exclude<Scenario, 'write'>, () => string> = {
      echo: () => JSON.stringify(messageActivity(stranger, echoText, { conversationId: `a:bench-echo-${(k += 1) % 64}` })),
      qa: () => {
        k += 1;
        return JSON.stringify(messageActivity(stranger, generalQuestions[k % generalQuestions.length]!, { conversationId: `a:bench-qa-${k % 64}` }));
      },
      fresh: () => {
        k += 1;
        return JSON.stringify(messageActivity(stranger, freshGeneralQuestion(k), { conversationId: `a:bench-fresh-${k % 64}` }));
      },
      personal: () => {
        k += 1;
        const asker = block.personalUsers[k % block.personalUsers.length]!;
        return JSON.stringify(messageActivity(asker, personalQuestions[(k >> 3) % personalQuestions.length]!));
      },
    };
    // Known users' first turn stores their conversation reference: do it before measuring.
    for (let i = 0; i < block.personalUsers.length; i += 16) {
      await Promise.all(block.personalUsers.slice(i, i + 16).map((u) => post(app.url, messageActivity(u, 'hello'))));
    }
    const sources: Array<{ scenario: Scenario; url: string; next: () => string }> = [
      { scenario: 'echo', url: echo.url, next: bodies.echo },
      { scenario: 'qa', url: app.url, next: bodies.qa },
      { scenario: 'fresh', url: app.url, next: bodies.fresh },
      { scenario: 'personal', url: app.url, next: bodies.personal },
    ];
    if (options.only) {
      const only = options.only;
      for (let i = sources.length - 1; i >= 0; i -= 1) if (sources[i]!.scenario !== 'echo' && !only.includes(sources[i]!.scenario as never)) sources.splice(i, 1);
    }
    if (block.writePool && (!options.only || options.only.includes('write'))) {
      const pool = block.writePool;
      writeTurn = await detectWriteTurn(app.url, block.dataDir, pool, notes);
      if (writeTurn) {
        const build = writeTurn.build;
        sources.push({ scenario: 'write', url: app.url, next: () => JSON.stringify(build(pool.next())) });
      } else notes.push(`${block.store}: no HTTP turn writes to the store; write figures are null.`);
    } else notes.push(`${block.store}: write turns need thousands of not-activated companies (one per request); measured on the 100k store only.`);

    for (const source of sources) {
      const { status, texts } = await post(source.url, JSON.parse(source.next()) as Record<string, unknown>);
      const sample = texts.join(' | ').slice(0, 90);
      log(`${block.store}/${source.scenario}: HTTP ${status}, reply ${JSON.stringify(sample)}`);
      if (status !== 200 || texts.some((t) => APOLOGY.test(t))) notes.push(`${block.store}/${source.scenario}: the turn failed (HTTP ${status}, reply ${JSON.stringify(sample)}).`);
      else if (texts.some((t) => PLACEHOLDER.test(t))) notes.push(`${block.store}/${source.scenario}: the bot answered with the "not available yet" placeholder, so this measures routing + NLU + store lookups, not the finished answer.`);
      // Warm-up, not recorded: the JIT needs a few thousand turns through NLU, rules and cards to reach steady state.
      const warmUpSeconds = source.scenario === 'write' ? WRITE_WARM_UP_SECONDS : WARM_UP_SECONDS;
      await runLoad({ url: source.url, connections: 10, durationSeconds: warmUpSeconds, nextBody: source.next });
    }
    // Side by side: each figure is the sum of `rounds` short runs interleaved with the others',
    // so a burst of noise on the machine lands on the echo bot and the bot alike.
    const rounds = options.durationSeconds >= 2 ? 2 : 1;
    for (const connections of options.connections) {
      const collected = new Map<Scenario, LoadRunResult[]>();
      for (let round = 0; round < rounds; round += 1) {
        for (const source of sources) {
          const server = source.scenario === 'echo' ? echo : app;
          if (options.only) await server.loop();
          const result = await runLoad({ url: source.url, connections, durationSeconds: options.durationSeconds / rounds, nextBody: source.next });
          if (options.only) {
            const f = await server.loop();
            log(
              `  ${source.scenario} c=${connections}: ${result.rps.toFixed(0)} req/s p99 ${result.p99Ms?.toFixed(1)} ms; CPU ${(f.cpuMs / Math.max(1, result.ok)).toFixed(2)} ms/req; loop delay max ${f.delayMaxMs.toFixed(1)} p99 ${f.delayP99Ms.toFixed(1)} ms; ` +
                `GC ${f.gcCount}× ${f.gcMs.toFixed(0)} ms (max ${f.gcMaxMs.toFixed(1)}); heap ${f.heapUsedMb.toFixed(0)}/${f.heapTotalMb.toFixed(0)} MB, rss ${f.rssMb.toFixed(0)} MB`,
            );
          }
          collected.set(source.scenario, [...(collected.get(source.scenario) ?? []), result]);
        }
      }
      for (const source of sources) {
        const result = mergeRuns(collected.get(source.scenario) ?? []);
        log(`${block.store}/${source.scenario} c=${connections}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50Ms?.toFixed(2)} ms, p99 ${result.p99Ms?.toFixed(2)} ms, failed ${result.failed}`);
        turns.push({ store: block.store, scenario: source.scenario, connections, rps: result.rps, p50Ms: result.p50Ms ?? null, p99Ms: result.p99Ms ?? null, ok: result.ok, failed: result.failed });
      }
      if (!sources.some((s) => s.scenario === 'write')) {
        turns.push({ store: block.store, scenario: 'write', connections, rps: null, p50Ms: null, p99Ms: null, ok: 0, failed: 0 });
      }
    }
    const loadedRssMb = await app.rssMb();
    log(`${block.store}: app RSS after the load runs ${loadedRssMb.toFixed(0)} MB`);
    memory = { idleRssMb, loadedRssMb };
    if (block.writePool) {
      log(`${block.store}: write turns used ${block.writePool.used} companies${block.writePool.wrapped ? ' (pool wrapped: some companies were asked twice)' : ''}`);
      if (block.writePool.wrapped) notes.push(`${block.store}: the write pool wrapped around; repeated companies may have been answered without a write.`);
    }
  } finally {
    const { unhandled, first } = await app.stop();
    if (unhandled > 0) {
      notes.push(`${block.store}: the app server had ${unhandled} unhandled promise rejection(s); \`npm start\` has no handler, so the first would have ended the process. First: ${first}`);
      log(`${block.store}: ${unhandled} unhandled rejection(s) in the app server: ${first}`);
    }
  }
  return { turns, writeTurn: writeTurn?.label ?? null, memory };
}

async function measureStoreSize(root: string, size: StoreSize, plan: StorePlan, reuse: { dataDir: string; generated: GeneratedStore; ms: number } | undefined, seconds: number): Promise<StoreFigures> {
  let dataDir: string;
  let generated: GeneratedStore;
  let generateMs: number | null;
  if (reuse) {
    ({ dataDir, generated } = reuse);
    generateMs = reuse.ms;
  } else {
    dataDir = join(root, `store-${size}`);
    log(`store ${size}: generating ${plan.contracts} contracts across ${plan.companies} companies`);
    const prepared = await prepareGeneratedStore(dataDir, plan, false);
    generated = prepared.generated;
    generateMs = prepared.ms;
  }
  log(`store ${size}: probing (${(generateMs / 1000).toFixed(1)} s to generate)`);
  const probe = await runStoreProbeChild({ dataDir, companies: plan.companies, largest: generated.largest, seconds });
  if (!reuse) await rm(dataDir, { recursive: true, force: true });
  return { contracts: plan.contracts, companies: plan.companies, generate_ms: generateMs, ...probe, largest_company_contracts: generated.counts[generated.largest]! };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const execArgv = options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : [];
  const root = await mkdtemp(join(tmpdir(), 'psb-bench-'));
  const today = new Date().toISOString().slice(0, 10);
  const notes: string[] = [];
  const turns: TurnMeasurement[] = [];
  let writeTurn: string | null = null;
  const memory: Partial<Record<StoreName, MemoryFigures>> = {};
  let nlu: NluFigures | null = null;
  const store: Partial<Record<StoreSize, StoreFigures>> = {};
  let postgres: PostgresFigures | null = null;
  log(`temporary stores under ${root}`);
  try {
    const plan100k: StorePlan = { contracts: 100_000, companies: 20_000, today };
    const bigDir = join(root, 'store-100k');
    log('100k: generating 100,000 contracts across 20,000 companies (+ the demo data)');
    const big = await prepareGeneratedStore(bigDir, plan100k, true);
    log(`100k: generated in ${(big.ms / 1000).toFixed(1)} s, largest company holds ${big.generated.counts[big.generated.largest]} contracts`);

    const echo = await startServerChild('echo', join(root, 'echo-unused'));
    try {
      const blocks: Block[] = [
        ...(options.only ? [] : [{ store: 'demo' as const, dataDir: join(root, 'store-demo'), personalUsers: demoPersonas, writePool: undefined }]),
        {
          store: '100k',
          dataDir: bigDir,
          // A working set of 400 companies: within the store's 500-company cache, as a day's active users would be.
          personalUsers: pickCompanies(big.generated, 400, (i, n) => isActivated(i) && n > 0).flatMap((i) => (i % 4 === 0 ? [admin(i)] : [user(i)])),
          writePool: new WritePool(writeTargets(big.generated)),
        },
      ];
      for (const block of blocks) {
        try {
          const measured = await measureBlock(block, echo, options, execArgv, notes);
          turns.push(...measured.turns);
          if (measured.memory) memory[block.store] = measured.memory;
          if (block.store === '100k') writeTurn = measured.writeTurn;
        } catch (error) {
          log(`${block.store}: FAILED ${String(error)}`);
          notes.push(`${block.store}: turn measurements failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
        }
      }
    } finally {
      await echo.stop();
    }

    if (options.only) notes.push(`Targeted run (--only=${options.only.join(',')}): 100k store turns only.`);
    else {
      log('language understanding: held-out evaluation');
      try {
        nlu = await measureNlu();
      } catch (error) {
        notes.push(`Language understanding not measured: ${error instanceof Error ? error.message : String(error)}`);
      }

      const storeSeconds = Math.min(4, Math.max(2, options.durationSeconds));
      store['10k'] = await measureStoreSize(root, '10k', { contracts: 10_000, companies: 2_000, today }, undefined, storeSeconds);
      store['100k'] = await measureStoreSize(root, '100k', plan100k, { dataDir: bigDir, ...big }, storeSeconds);
      if (options.skipMillion) notes.push('1M store skipped (--skip-1m).');
      else if (elapsedS() > MILLION_DEADLINE_S) notes.push(`1M store skipped: the run had already taken ${elapsedS().toFixed(0)} s.`);
      else store['1M'] = await measureStoreSize(root, '1M', { contracts: 1_000_000, companies: 200_000, today }, undefined, storeSeconds);
      notes.push('Store load = openLowdbStore + isEmpty (what startApp does before serving): company files load lazily, so start-up reads no company file; "first read" is the cold read of the largest company.');
      notes.push('Store writes = activationRequests.createOnce on a company not touched before (cold file: read + validate + write); "writes/s ×16" with 16 in flight; max stall = monitorEventLoopDelay max over all writes, including the largest company.');

      // Last, with an echo bot of its own: the lowdb figures above keep their time budget.
      const pgEcho = await startServerChild('echo', join(root, 'echo-unused'));
      try {
        postgres = await measurePostgres({ options, echo: pgEcho, today, log, post, millionAllowed: () => elapsedS() < PG_MILLION_DEADLINE_S });
      } catch (error) {
        log(`postgres: FAILED ${String(error)}`);
        notes.push(`PostgreSQL block failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
      } finally {
        await pgEcho.stop();
      }
    }
  } finally {
    log('removing temporary stores');
    await rm(root, { recursive: true, force: true });
  }

  const results: BenchResults = { machine: machine(), durationSeconds: options.durationSeconds, turns: withRatios(turns), writeTurn, memory, nlu, store, notes };
  process.stdout.write(`${formatReport(results)}\n\n${formatPostgres(postgres)}\n`);
  log(`done in ${elapsedS().toFixed(0)} s`);
  if (options.json) process.stdout.write(`${JSON.stringify({ ...summaryJson(results), postgres: pgSummaryJson(postgres) })}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});

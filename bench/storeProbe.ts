/**
 * Child-process entry measuring the lowdb store on a generated data
 * directory, in a fresh process so nothing else shares the heap or the event
 * loop: start-up (open + the emptiness check startApp does), a cold read of
 * the largest company, then writes (activation requests, each to a company
 * not touched before) one at a time and 16 at a time, and a few writes to the
 * largest company. The event loop's longest stall is taken over all writes.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { companyDataProblem } from '../src/storage/companyDataShape.js';
import { companiesDirOf } from '../src/storage/lowdb/lowdbStore.js';
import { companyFileName } from '../src/storage/lowdb/safeFileName.js';
import { storedJsonText } from '../src/storage/lowdb/validatedJsonFile.js';
import { copyOf } from '../src/storage/companyData.js';
import type { ActivationRequest } from '../src/domain/repositories.js';
import { openLowdbStore } from '../src/storage/index.js';
import { SampleBuffer, summarize } from './stats.js';
import { benchAdminId, benchTenantId, seededRandom } from './storeGenerator.js';

export interface StoreProbeInput {
  readonly dataDir: string;
  readonly companies: number;
  readonly largest: number;
  readonly seconds: number;
}

export interface StoreProbeResult {
  readonly load_ms: number;
  readonly first_read_ms: number;
  readonly write_ms: number | null;
  readonly write_p99_ms: number | null;
  readonly writes_per_s_concurrent: number;
  readonly largest_write_ms: number | null;
  readonly max_stall_ms: number;
  /** The same measure over an idle second before the writes: what the machine alone causes. */
  readonly idle_stall_ms: number;
  /** CPU-only parts of the largest company, best of 5: parse + shape check (a cold load), copy + JSON text (a write). */
  readonly largest_load_cpu_ms: number;
  readonly largest_write_cpu_ms: number;
  readonly writes: number;
}

function bestOf(times: number, work: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i += 1) {
    const started = performance.now();
    work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** The synchronous work a load and a write of this company file do on the event loop (see lowdbCompanySource.ts). */
export async function cpuCostOfCompanyFile(dataDir: string, tenantId: string): Promise<{ loadMs: number; writeMs: number }> {
  const text = await readFile(join(companiesDirOf(dataDir), companyFileName(tenantId)), 'utf8');
  const value: unknown = JSON.parse(text);
  const loadMs = bestOf(5, () => companyDataProblem(JSON.parse(text), tenantId));
  const writeMs = bestOf(5, () => storedJsonText(copyOf(value)));
  return { loadMs, writeMs };
}

function activationRequest(company: number, n: number): ActivationRequest {
  return {
    id: `bench-activation-${company}-${n}`,
    tenantId: benchTenantId(company),
    requestedBy: benchAdminId(company),
    requestedAt: new Date().toISOString(),
    idempotencyKey: `bench:${process.pid}:${company}:${n}`,
    status: 'pending',
  };
}

export async function probeStore(input: StoreProbeInput): Promise<StoreProbeResult> {
  const t0 = performance.now();
  const store = await openLowdbStore(input.dataDir);
  await store.isEmpty();
  const loadMs = performance.now() - t0;
  const t1 = performance.now();
  await store.directory.findCompany(benchTenantId(input.largest));
  const firstReadMs = performance.now() - t1;

  // Not-activated (odd) companies in a scrambled order, so each write loads a cold file.
  const odd = Math.max(1, Math.floor(input.companies / 2));
  const random = seededRandom(process.pid);
  const offset = Math.floor(random() * odd);
  const stride = 7919 % odd === 0 ? 1 : 7919;
  let n = 0;
  const nextCompany = (): number => 2 * ((offset + n * stride) % odd) + 1;
  const write = (): Promise<unknown> => {
    const company = nextCompany();
    n += 1;
    return store.activationRequests.createOnce(activationRequest(company, n));
  };

  const idle = monitorEventLoopDelay({ resolution: 1 });
  idle.enable();
  await sleep(1000);
  idle.disable();

  const stall = monitorEventLoopDelay({ resolution: 1 });
  stall.enable();
  const phaseMs = (input.seconds * 1000) / 2;
  const sequential = new SampleBuffer();
  const seqEnd = performance.now() + phaseMs;
  while (performance.now() < seqEnd && sequential.length < 5000) {
    const started = performance.now();
    await write();
    sequential.push(performance.now() - started);
  }
  const concStart = performance.now();
  const concEnd = concStart + phaseMs;
  let concurrentWrites = 0;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (performance.now() < concEnd) {
        await write();
        concurrentWrites += 1;
      }
    }),
  );
  const concSeconds = (performance.now() - concStart) / 1000;
  const largest = new SampleBuffer();
  for (let i = 0; i < 5; i += 1) {
    const started = performance.now();
    n += 1;
    await store.activationRequests.createOnce(activationRequest(input.largest, n));
    largest.push(performance.now() - started);
  }
  stall.disable();
  await store.close();
  const cpu = await cpuCostOfCompanyFile(input.dataDir, benchTenantId(input.largest));
  const seq = summarize(sequential.values());
  return {
    load_ms: loadMs,
    first_read_ms: firstReadMs,
    write_ms: seq.meanMs ?? null,
    write_p99_ms: seq.p99Ms ?? null,
    writes_per_s_concurrent: concurrentWrites / concSeconds,
    largest_write_ms: summarize(largest.values()).meanMs ?? null,
    max_stall_ms: stall.max / 1e6,
    idle_stall_ms: idle.max / 1e6,
    largest_load_cpu_ms: cpu.loadMs,
    largest_write_cpu_ms: cpu.writeMs,
    writes: sequential.length + concurrentWrites + largest.length,
  };
}

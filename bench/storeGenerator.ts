/**
 * Generated stores for the benchmark: N contracts over C companies, written
 * straight as the per-company JSON files the lowdb store reads (same file
 * names, same shape, same JSON text), which is far faster than going
 * through the repositories. Everything is deterministic from the seed, so a
 * file can be rebuilt in memory and compared with what the store reads back.
 *
 * Contract counts are skewed like real partner populations: company k gets
 * a share proportional to 1/sqrt(k), so a few large partners hold hundreds or
 * thousands of contracts (the files that make a write expensive) and many
 * small ones hold a handful or none.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Company, Contract, OfferLevel, Person } from '../src/domain/model.js';
import type { CompanyData } from '../src/storage/companyData.js';
import { dateAfter } from '../src/domain/isoDates.js';
import { companiesDirOf } from '../src/storage/lowdb/lowdbStore.js';
import { companyFileName } from '../src/storage/lowdb/safeFileName.js';
import { storedJsonText } from '../src/storage/lowdb/validatedJsonFile.js';

export interface StorePlan {
  readonly contracts: number;
  readonly companies: number;
  /** ISO date the generated contracts are relative to. */
  readonly today: string;
  readonly seed?: number;
}

export interface GeneratedStore {
  readonly plan: StorePlan;
  readonly counts: Uint32Array;
  /** Index of the company holding the most contracts. */
  readonly largest: number;
}

/** mulberry32: small, fast, good enough to spread contracts reproducibly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How many contracts each company gets; the counts add up to plan.contracts exactly. */
export function contractCounts(plan: Pick<StorePlan, 'contracts' | 'companies' | 'seed'>): Uint32Array {
  if (!Number.isInteger(plan.companies) || plan.companies < 1) throw new RangeError('companies must be a positive integer');
  if (!Number.isInteger(plan.contracts) || plan.contracts < 0) throw new RangeError('contracts must be a non-negative integer');
  const counts = new Uint32Array(plan.companies);
  const random = seededRandom(plan.seed ?? 1);
  for (let i = 0; i < plan.contracts; i += 1) {
    const r = random();
    counts[Math.min(plan.companies - 1, Math.floor(plan.companies * r * r))]! += 1;
  }
  return counts;
}

export function planStore(plan: StorePlan): GeneratedStore {
  const counts = contractCounts(plan);
  let largest = 0;
  for (let i = 1; i < counts.length; i += 1) if (counts[i]! > counts[largest]!) largest = i;
  return { plan, counts, largest };
}

const pad = (i: number): string => i.toString().padStart(7, '0');
export const benchTenantId = (i: number): string => `bench-tenant-${pad(i)}`;
export const benchAdminId = (i: number): string => `aad-bench-admin-${pad(i)}`;
export const benchUserId = (i: number): string => `aad-bench-user-${pad(i)}`;

/**
 * One company in ten has activated its benefits (the personal questions' askers); the others have
 * not, and each is the target of one activation request (a write turn). A write run at 10–50
 * connections now takes 1,000–1,600 of them a second: with half the 100k store's companies (10,000)
 * the pool ran out and wrapped, and repeated companies were answered without a write.
 */
export const isActivated = (i: number): boolean => i % 10 === 0;

/** Every not-activated company, spread over the range: one activation request each. */
export function writeTargets(generated: GeneratedStore): number[] {
  return pickCompanies(generated, generated.counts.length, (i) => !isActivated(i));
}

const levels: readonly OfferLevel[] = ['gold', 'silver', 'actionPack'];
const competencies = ['cloudPlatform', 'dataAnalytics', 'security', 'applicationDevelopment'];

function hex(random: () => number, digits: number): string {
  let out = '';
  while (out.length < digits) out += Math.floor(random() * 0x100000000).toString(16).toUpperCase().padStart(8, '0');
  return out.slice(0, digits);
}

function generatedContract(tenantId: string, company: number, k: number, today: string, random: () => number, adminId: string): Contract {
  const start = dateAfter(today, -Math.floor(random() * 300));
  const g = hex(random, 32);
  const accessId = `${g.slice(0, 8)}-${g.slice(8, 12)}-${g.slice(12, 16)}-${g.slice(16, 20)}-${g.slice(20)}`;
  const contractId = String(1_000_000_000 + ((company * 7919 + k * 104_729) % 8_999_999_999)).padStart(10, '0');
  const common = {
    id: `contract-${tenantId}-${k}`,
    tenantId,
    startDate: start,
    endDate: dateAfter(start, 365),
    accessId,
    contractId,
    associations: k % 3 === 0 ? [{ aadObjectId: adminId, portal: 'supportForBusiness' as const, at: `${dateAfter(start, 1)}T11:00:00.000Z` }] : [],
  };
  if (k % 2 === 0) {
    const total = 5 + (k % 4) * 5;
    return { ...common, benefit: 'productSupport', incidentsTotal: total, incidentsRemaining: Math.floor(random() * (total + 1)) };
  }
  return k % 5 === 1
    ? { ...common, benefit: 'signatureCloudSupport', cloudPackage: 'unlimited', incidentsTotal: null, incidentsRemaining: null }
    : { ...common, benefit: 'signatureCloudSupport', cloudPackage: '5pack', incidentsTotal: 5, incidentsRemaining: Math.floor(random() * 6) };
}

/** Company i's whole file content; deterministic in (seed, i, count, today). */
export function companyDataFor(i: number, contractCount: number, today: string, seed = 1): CompanyData {
  const tenantId = benchTenantId(i);
  const random = seededRandom((seed * 1_000_003 + i) >>> 0);
  const level = levels[i % levels.length]!;
  const activated = isActivated(i);
  const company: Company = {
    tenantId,
    name: `Bench Partner ${pad(i)}`,
    offers: level === 'actionPack' ? [{ level }] : [{ level, competency: competencies[i % competencies.length]! }],
    csp: i % 3 === 0,
    activation: activated
      ? { status: 'activated', requestedBy: benchAdminId(i), requestedAt: `${dateAfter(today, -30)}T10:00:00.000Z`, activatedAt: `${dateAfter(today, -29)}T10:00:00.000Z` }
      : { status: 'notActivated' },
  };
  const people: Person[] = [
    { aadObjectId: benchAdminId(i), tenantId, name: `Admin ${pad(i)}`, roles: ['globalAdmin'], association: { mpn: true, csp: company.csp } },
    { aadObjectId: benchUserId(i), tenantId, name: `User ${pad(i)}`, roles: [], association: { mpn: true, csp: false } },
  ];
  const contracts: Contract[] = [];
  for (let k = 0; k < contractCount; k += 1) contracts.push(generatedContract(tenantId, i, k, today, random, benchAdminId(i)));
  return { version: 1, tenantId, company, people, contracts, customers: [], activationRequests: [], userReferences: [] };
}

/** The exact bytes the lowdb store writes for `data`. */
export function companyFileText(data: CompanyData): string {
  return storedJsonText(data);
}

/**
 * Writes every generated company file into `<dataDir>/companies`. The
 * directory must not be open in a store. Returns the plan it wrote.
 */
export async function writeGeneratedStore(dataDir: string, plan: StorePlan, concurrency = 64): Promise<GeneratedStore> {
  const generated = planStore(plan);
  const dir = companiesDirOf(dataDir);
  await mkdir(dir, { recursive: true });
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < plan.companies) {
      const i = next;
      next += 1;
      const data = companyDataFor(i, generated.counts[i]!, plan.today, plan.seed ?? 1);
      await writeFile(join(dir, companyFileName(data.tenantId)), companyFileText(data));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, plan.companies) }, worker));
  return generated;
}

/** Company indices that satisfy `accept`, spread evenly over the whole range. */
export function pickCompanies(generated: GeneratedStore, wanted: number, accept: (i: number, contracts: number) => boolean): number[] {
  const picked: number[] = [];
  const n = generated.counts.length;
  const step = Math.max(1, Math.floor(n / Math.max(1, wanted)));
  for (let offset = 0; offset < step && picked.length < wanted; offset += 1) {
    for (let i = offset; i < n && picked.length < wanted; i += step) if (accept(i, generated.counts[i]!)) picked.push(i);
  }
  return picked;
}

/**
 * Reads what the store holds for the companies an import covers, and writes a
 * plan through the repositories, so the import works on whichever store the
 * configuration selects: one write per company where the store offers it
 * (lowdb, memory), else one per record. If a run is interrupted, running it
 * again finishes the job (a plan of what is left).
 */
import type { CompanyPlan, CompanyState, ImportPlan, RecordChange } from '../domain/import/importPlan.js';
import type { CompanyRecordsChange, Repositories } from '../domain/repositories.js';

export type ImportRepositories = Pick<Repositories, 'directory' | 'contracts' | 'customers' | 'companyImports'>;

/** Companies at once: each company's reads and writes stay in order; different companies overlap their disk or network waits. */
const COMPANIES_AT_ONCE = 8;

/** Runs `work` on every item, at most COMPANIES_AT_ONCE at a time. */
async function forEachCompany<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(COMPANIES_AT_ONCE, items.length) }, worker));
}

export async function loadCompanyStates(repositories: ImportRepositories, tenantIds: readonly string[]): Promise<Map<string, CompanyState>> {
  const states = new Map<string, CompanyState>();
  await forEachCompany(tenantIds, async (tenantId) => {
    const [company, people, contracts, customers] = await Promise.all([
      repositories.directory.findCompany(tenantId),
      repositories.directory.listPeople(tenantId),
      repositories.contracts.listByTenant(tenantId),
      repositories.customers.listByTenant(tenantId),
    ]);
    states.set(tenantId, { ...(company ? { company } : {}), people, contracts, customers });
  });
  return states;
}

async function write(repositories: ImportRepositories, change: RecordChange): Promise<void> {
  const remove = change.action === 'remove';
  switch (change.kind) {
    case 'company':
      return repositories.directory.saveCompany(change.record); // companies are never removed by an import
    case 'person':
      return remove ? repositories.directory.removePerson(change.record.tenantId, change.record.aadObjectId) : repositories.directory.savePerson(change.record);
    case 'contract':
      return remove ? repositories.contracts.remove(change.record.tenantId, change.record.id) : repositories.contracts.save(change.record);
    case 'customer':
      return remove ? repositories.customers.remove(change.record.tenantId, change.record.id) : repositories.customers.save(change.record);
  }
}

/** Company first, then saves, then removals (people last): a contract never refers to a person already gone. */
const ORDER: ReadonlyArray<(change: RecordChange) => boolean> = [
  (c) => c.kind === 'company',
  (c) => c.action !== 'remove' && c.kind === 'person',
  (c) => c.action !== 'remove' && (c.kind === 'contract' || c.kind === 'customer'),
  (c) => c.action === 'remove' && (c.kind === 'contract' || c.kind === 'customer'),
  (c) => c.action === 'remove' && c.kind === 'person',
];

/** The plan of one company as a single change, for stores that write a company at once. */
function asOneChange(plan: CompanyPlan): CompanyRecordsChange {
  const saved = (c: RecordChange): boolean => c.action !== 'remove';
  const removed = (c: RecordChange): boolean => c.action === 'remove';
  const people = (keep: (c: RecordChange) => boolean) => plan.changes.flatMap((c) => (c.kind === 'person' && keep(c) ? [c.record] : []));
  const contracts = (keep: (c: RecordChange) => boolean) => plan.changes.flatMap((c) => (c.kind === 'contract' && keep(c) ? [c.record] : []));
  const customers = (keep: (c: RecordChange) => boolean) => plan.changes.flatMap((c) => (c.kind === 'customer' && keep(c) ? [c.record] : []));
  return {
    company: plan.company,
    savePeople: people(saved),
    saveContracts: contracts(saved),
    saveCustomers: customers(saved),
    removePeople: people(removed).map((p) => p.aadObjectId),
    removeContracts: contracts(removed).map((c) => c.id),
    removeCustomers: customers(removed).map((c) => c.id),
  };
}

async function applyCompany(repositories: ImportRepositories, plan: CompanyPlan): Promise<void> {
  if (repositories.companyImports) return repositories.companyImports.apply(asOneChange(plan));
  for (const belongs of ORDER) {
    for (const change of plan.changes.filter(belongs)) await write(repositories, change);
  }
}

export async function applyImportPlan(repositories: ImportRepositories, plan: ImportPlan): Promise<void> {
  await forEachCompany(
    plan.companies.filter((company) => company.changes.length > 0),
    (company) => applyCompany(repositories, company),
  );
}

/**
 * Reads what the store holds for the companies an import covers, and writes a
 * plan through the repositories, so the import works on whichever store the
 * configuration selects. Each record is one write; if a run is interrupted,
 * running it again finishes the job (a plan of what is left).
 */
import type { CompanyPlan, CompanyState, ImportPlan, RecordChange } from '../domain/import/importPlan.js';
import type { Repositories } from '../domain/repositories.js';

export type ImportRepositories = Pick<Repositories, 'directory' | 'contracts' | 'customers'>;

export async function loadCompanyStates(repositories: ImportRepositories, tenantIds: readonly string[]): Promise<Map<string, CompanyState>> {
  const states = new Map<string, CompanyState>();
  for (const tenantId of tenantIds) {
    const [company, people, contracts, customers] = await Promise.all([
      repositories.directory.findCompany(tenantId),
      repositories.directory.listPeople(tenantId),
      repositories.contracts.listByTenant(tenantId),
      repositories.customers.listByTenant(tenantId),
    ]);
    states.set(tenantId, { ...(company ? { company } : {}), people, contracts, customers });
  }
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

async function applyCompany(repositories: ImportRepositories, plan: CompanyPlan): Promise<void> {
  for (const belongs of ORDER) {
    for (const change of plan.changes.filter(belongs)) await write(repositories, change);
  }
}

export async function applyImportPlan(repositories: ImportRepositories, plan: ImportPlan): Promise<void> {
  for (const company of plan.companies) await applyCompany(repositories, company);
}

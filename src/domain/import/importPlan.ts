/**
 * What an import would change, computed from the validated files and what the
 * store holds for the companies they cover. The files are the truth for those
 * companies: records missing from a file are removed; a kind with no file at
 * all is left as it is. Re-planning after applying a plan yields no change.
 */
import type { Company, Contract, CspCustomer, Person } from '../model.js';
import type { ImportedCompany } from './companyRows.js';
import type { ImportedContract } from './contractRows.js';
import type { ImportedCustomer } from './customerRows.js';
import type { ImportedPerson } from './personRows.js';
import { changedFields, type FieldChange } from './fieldDisplay.js';
import type { ImportData } from './importValidation.js';
import { RECORD_KINDS, type RecordKind } from './sourceTable.js';

export interface CompanyState {
  readonly company?: Company;
  readonly people: readonly Person[];
  readonly contracts: readonly Contract[];
  readonly customers: readonly CspCustomer[];
}

export type ChangeAction = 'add' | 'update' | 'remove';

interface Change<K extends string, T> {
  readonly kind: K;
  readonly action: ChangeAction;
  /** The record to save (add, update) or the stored one to remove. */
  readonly record: T;
  /** For updates: what changed. */
  readonly fields: readonly FieldChange[];
}

export type RecordChange = Change<'company', Company> | Change<'person', Person> | Change<'contract', Contract> | Change<'customer', CspCustomer>;

export interface CompanyPlan {
  readonly tenantId: string;
  readonly name: string;
  /** The company as the import leaves it (changed or not). */
  readonly company: Company;
  readonly changes: readonly RecordChange[];
  readonly unchanged: number;
}

export interface ImportPlan {
  readonly companies: readonly CompanyPlan[];
  /** Kinds with no file: nothing of that kind is added, changed or removed. */
  readonly untouchedKinds: readonly RecordKind[];
}

export interface PlanOptions {
  readonly now: Date;
  /** Store key for a contract the store does not have yet. */
  readonly newContractKey: () => string;
}

const EMPTY: CompanyState = { people: [], contracts: [], customers: [] };

/** The bot records activation itself; the file only sets it when it gives a date. */
function targetCompany(row: ImportedCompany, stored: Company | undefined): Company {
  const current = stored?.activation ?? { status: 'notActivated' as const };
  const sameDay = current.status === 'activated' && current.activatedAt?.startsWith(row.activatedOn ?? '-');
  const activation = row.activatedOn === undefined || sameDay ? current : { ...current, status: 'activated' as const, activatedAt: `${row.activatedOn}T00:00:00.000Z` };
  return { tenantId: row.tenantId, name: row.name, offers: row.offers, csp: row.csp, activation };
}

function targetContract(row: ImportedContract, stored: Contract | undefined, options: PlanOptions): Contract {
  const associations = row.associations.map((wanted) => {
    const existing = stored?.associations.find((a) => a.aadObjectId === wanted.aadObjectId && a.portal === wanted.portal);
    const keep = existing !== undefined && (wanted.on === undefined || existing.at.startsWith(wanted.on));
    const at = keep ? existing.at : wanted.on === undefined ? options.now.toISOString() : `${wanted.on}T00:00:00.000Z`;
    return { aadObjectId: wanted.aadObjectId, portal: wanted.portal, at };
  });
  return {
    id: stored?.id ?? options.newContractKey(),
    tenantId: row.tenantId,
    benefit: row.benefit,
    ...(row.cloudPackage ? { cloudPackage: row.cloudPackage } : {}),
    incidentsTotal: row.incidentsTotal,
    incidentsRemaining: row.incidentsRemaining,
    startDate: row.startDate,
    endDate: row.endDate,
    accessId: row.accessId,
    contractId: row.contractId,
    associations,
  };
}

/** Adds, updates and removals that turn `stored` into `wanted`, matched by `key`. */
function reconcile<K extends RecordChange['kind'], T extends object>(kind: K, stored: readonly T[], wanted: readonly T[], key: (record: T) => string): { changes: Change<K, T>[]; unchanged: number } {
  const storedByKey = new Map(stored.map((record) => [key(record), record]));
  const wantedKeys = new Set(wanted.map(key));
  const changes: Change<K, T>[] = [];
  let unchanged = 0;
  for (const record of wanted) {
    const before = storedByKey.get(key(record));
    const fields = before === undefined ? [] : changedFields(before, record);
    if (before === undefined) changes.push({ kind, action: 'add', record, fields });
    else if (fields.length > 0) changes.push({ kind, action: 'update', record, fields });
    else unchanged += 1;
  }
  for (const record of stored) if (!wantedKeys.has(key(record))) changes.push({ kind, action: 'remove', record, fields: [] });
  return { changes, unchanged };
}

type Rows<T> = ReadonlyMap<string, readonly T[]>;

/** One company's rows of each kind; undefined where the import has no file of that kind. */
interface CompanyRows {
  readonly people?: Rows<ImportedPerson>;
  readonly contracts?: Rows<ImportedContract>;
  readonly customers?: Rows<ImportedCustomer>;
}

function byTenant<T extends { readonly tenantId: string }>(rows: readonly T[] | undefined): Rows<T> | undefined {
  if (!rows) return undefined;
  const grouped = new Map<string, T[]>();
  for (const row of rows) {
    const list = grouped.get(row.tenantId);
    if (list) list.push(row);
    else grouped.set(row.tenantId, [row]);
  }
  return grouped;
}

function planCompany(row: ImportedCompany, data: CompanyRows, state: CompanyState, options: PlanOptions): CompanyPlan {
  const changes: RecordChange[] = [];
  let unchanged = 0;
  const collect = (outcome: { changes: RecordChange[]; unchanged: number }): void => {
    changes.push(...outcome.changes);
    unchanged += outcome.unchanged;
  };
  const mine = <T>(rows: Rows<T>): readonly T[] => rows.get(row.tenantId) ?? [];
  const company = targetCompany(row, state.company);
  collect(reconcile('company', state.company ? [state.company] : [], [company], () => row.tenantId));
  if (data.people) {
    const people = mine(data.people).map(({ line: _line, ...person }): Person => person);
    collect(reconcile('person', state.people, people, (p) => p.aadObjectId));
  }
  if (data.contracts) {
    const stored = new Map(state.contracts.map((c) => [c.contractId, c]));
    const contracts = mine(data.contracts).map((c) => targetContract(c, stored.get(c.contractId), options));
    collect(reconcile('contract', state.contracts, contracts, (c) => c.contractId));
  }
  if (data.customers) {
    const customers = mine(data.customers).map(({ line: _line, ...customer }): CspCustomer => customer);
    collect(reconcile('customer', state.customers, customers, (c) => c.id));
  }
  return { tenantId: row.tenantId, name: row.name, company, changes, unchanged };
}

export function planImport(data: ImportData, states: ReadonlyMap<string, CompanyState>, options: PlanOptions): ImportPlan {
  const rows: CompanyRows = { people: byTenant(data.people), contracts: byTenant(data.contracts), customers: byTenant(data.customers) };
  return {
    companies: data.companies.map((row) => planCompany(row, rows, states.get(row.tenantId) ?? EMPTY, options)),
    untouchedKinds: RECORD_KINDS.filter((kind) => data[kind] === undefined),
  };
}

export function countChanges(plan: ImportPlan): Record<ChangeAction | 'unchanged', number> {
  const counts = { add: 0, update: 0, remove: 0, unchanged: 0 };
  for (const company of plan.companies) {
    counts.unchanged += company.unchanged;
    for (const change of company.changes) counts[change.action] += 1;
  }
  return counts;
}

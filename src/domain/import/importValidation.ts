/**
 * Validates a whole import (every file, every row) before anything is
 * written: cell formats, duplicates, and references between files (people,
 * contracts and customers must belong to a company of the companies file).
 * Returns every problem found, or the typed data when there is none.
 */
import { checkColumns, SECRET_COLUMNS } from './columns.js';
import { readCompanyRow, type ImportableOffer, type ImportedCompany } from './companyRows.js';
import { readContractRow, type ImportedContract } from './contractRows.js';
import { readCustomerRow, type ImportedCustomer } from './customerRows.js';
import { sortProblems, type ImportProblem } from './importProblem.js';
import { readPersonRow, type ImportedPerson } from './personRows.js';
import { RowReader } from './rowReader.js';
import type { RecordKind, SourceTable } from './sourceTable.js';

export type ImportTables = Partial<Record<RecordKind, SourceTable>>;

/** A kind left undefined had no file: the import leaves those records as they are. */
export interface ImportData {
  readonly companies: readonly ImportedCompany[];
  readonly people?: readonly ImportedPerson[];
  readonly contracts?: readonly ImportedContract[];
  readonly customers?: readonly ImportedCustomer[];
  /** File names by kind, for messages. */
  readonly files: Readonly<Partial<Record<RecordKind, string>>>;
}

export type ImportValidation = { readonly ok: true; readonly data: ImportData } | { readonly ok: false; readonly problems: readonly ImportProblem[] };

export interface ValidationContext {
  /** The offers program.json declares (id, and whether it is held in a competency). */
  readonly offers: readonly ImportableOffer[];
  /** Competency ids of the program's rules (program.json). */
  readonly competencies: readonly string[];
}

function readRows<T>(table: SourceTable | undefined, problems: ImportProblem[], read: (reader: RowReader) => T | undefined): T[] | undefined {
  if (!table) return undefined;
  if (!checkColumns(table, problems)) return [];
  return table.rows.flatMap((row) => read(new RowReader(table, row, problems, SECRET_COLUMNS)) ?? []);
}

/** Reports every record whose key was already used on an earlier line. */
function refuseDuplicates<T extends { readonly line: number }>(file: string, records: readonly T[], key: (r: T) => string, column: string, what: (r: T) => string, problems: ImportProblem[]): void {
  const firstLine = new Map<string, number>();
  for (const record of records) {
    const earlier = firstLine.get(key(record));
    if (earlier === undefined) firstLine.set(key(record), record.line);
    else problems.push({ file, line: record.line, column, message: `${what(record)} is already on line ${earlier}` });
  }
}

export function validateImport(tables: ImportTables, context: ValidationContext): ImportValidation {
  const problems: ImportProblem[] = [];
  if (!tables.companies) {
    return { ok: false, problems: [{ file: 'companies.csv', message: 'is missing: an import needs a companies file (companies.csv or companies.json); it says which companies the import covers' }] };
  }
  const companies = readRows(tables.companies, problems, (reader) => readCompanyRow(reader, context.offers, context.competencies)) ?? [];
  const people = readRows(tables.people, problems, readPersonRow);
  const contracts = readRows(tables.contracts, problems, readContractRow);
  const customers = readRows(tables.customers, problems, readCustomerRow);
  const label = (kind: RecordKind, column: string): string => tables[kind]?.columnLabel(column) ?? column;
  const file = (kind: RecordKind): string => tables[kind]?.file ?? kind;

  refuseDuplicates(file('companies'), companies, (c) => c.tenantId, label('companies', 'tenant_id'), (c) => `company ${c.tenantId}`, problems);
  refuseDuplicates(file('people'), people ?? [], (p) => `${p.tenantId}\n${p.aadObjectId}`, label('people', 'aad_object_id'), (p) => `person ${p.aadObjectId} of ${p.tenantId}`, problems);
  refuseDuplicates(file('contracts'), contracts ?? [], (c) => `${c.tenantId}\n${c.contractId}`, label('contracts', 'contract_id'), () => 'this contract (same company and Contract ID)', problems);
  refuseDuplicates(file('customers'), customers ?? [], (c) => `${c.tenantId}\n${c.id}`, label('customers', 'customer_id'), (c) => `customer ${c.id} of ${c.tenantId}`, problems);

  // References are checked against every row's key, valid or not: one bad row yields one problem, not a cascade.
  const declaredTenants = new Set(declaredKeys(tables.companies, ['tenant_id']).map(([tenantId]) => tenantId));
  const companyOf = new Map(companies.map((c) => [c.tenantId, c]));
  const companiesFile = file('companies');
  const checkTenant = (kind: RecordKind, record: { readonly tenantId: string; readonly line: number }): void => {
    if (!declaredTenants.has(record.tenantId)) {
      problems.push({ file: file(kind), line: record.line, column: label(kind, 'tenant_id'), message: `company ${record.tenantId} is not in ${companiesFile}; every record must belong to a company listed there` });
    }
  };
  for (const person of people ?? []) checkTenant('people', person);
  for (const contract of contracts ?? []) checkTenant('contracts', contract);
  for (const customer of customers ?? []) {
    checkTenant('customers', customer);
    const company = companyOf.get(customer.tenantId);
    if (company && !company.csp) {
      problems.push({ file: file('customers'), line: customer.line, column: label('customers', 'tenant_id'), message: `company ${customer.tenantId} is not a CSP partner (csp is "no" on line ${company.line} of ${companiesFile}), so it has no CSP customers` });
    }
  }
  if (people && contracts) {
    const declaredPeople = peopleByTenant(declaredKeys(tables.people, ['tenant_id', 'aad_object_id']).map(([tenantId = '', aadObjectId = '']) => ({ tenantId, aadObjectId })));
    problems.push(...checkAssociatedPeople(contracts, file('contracts'), label('contracts', 'associated_users'), declaredPeople, file('people')));
  }

  const files = Object.fromEntries(Object.entries(tables).map(([kind, table]) => [kind, table.file]));
  if (problems.length > 0) return { ok: false, problems: sortProblems(problems) };
  return { ok: true, data: { companies, ...(people ? { people } : {}), ...(contracts ? { contracts } : {}), ...(customers ? { customers } : {}), files } };
}

/** The key cells of every row that has them all, whether or not the row is otherwise valid. */
function declaredKeys(table: SourceTable | undefined, columns: readonly string[]): string[][] {
  return (table?.rows ?? []).map((row) => columns.map((column) => (row.cells.get(column) ?? '').trim())).filter((keys) => keys.every((key) => key !== ''));
}

export function peopleByTenant(people: readonly { readonly tenantId: string; readonly aadObjectId: string }[]): Map<string, Set<string>> {
  const byTenant = new Map<string, Set<string>>();
  for (const person of people) {
    const ids = byTenant.get(person.tenantId) ?? new Set<string>();
    ids.add(person.aadObjectId);
    byTenant.set(person.tenantId, ids);
  }
  return byTenant;
}

/**
 * A contract is associated only with people of its own company. `knownIn`
 * says where they were looked for (the people file, or the store when the
 * import has no people file).
 */
export function checkAssociatedPeople(
  contracts: readonly ImportedContract[],
  file: string,
  column: string,
  people: ReadonlyMap<string, ReadonlySet<string>>,
  knownIn: string,
): ImportProblem[] {
  return contracts.flatMap((contract) =>
    contract.associations
      .filter((association) => !people.get(contract.tenantId)?.has(association.aadObjectId))
      .map((association) => ({ file, line: contract.line, column, message: `${association.aadObjectId} is not a person of company ${contract.tenantId} in ${knownIn}` })),
  );
}

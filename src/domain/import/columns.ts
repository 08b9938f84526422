/**
 * The columns each kind of file has. A column nobody reads is refused rather
 * than ignored: a misspelt header ("contract id" is fine, "contarct_id" is
 * not) would otherwise silently import empty values.
 */
import type { ImportProblem } from './importProblem.js';
import type { RecordKind, SourceTable } from './sourceTable.js';

export interface ColumnSpec {
  readonly name: string;
  readonly required: boolean;
}

const required = (name: string): ColumnSpec => ({ name, required: true });
const optional = (name: string): ColumnSpec => ({ name, required: false });

export const COLUMNS: Readonly<Record<RecordKind, readonly ColumnSpec[]>> = {
  companies: [required('tenant_id'), required('name'), optional('offers'), optional('csp'), optional('activated_on')],
  people: [required('tenant_id'), required('aad_object_id'), required('name'), optional('roles'), required('mpn'), required('csp')],
  contracts: [
    required('tenant_id'),
    required('contract_id'),
    required('access_id'),
    required('kind'),
    optional('cloud_package'),
    optional('incidents_total'),
    optional('incidents_remaining'),
    required('start_date'),
    required('end_date'),
    optional('associated_users'),
  ],
  customers: [required('tenant_id'), required('customer_id'), required('name')],
};

/** Cells whose values are secrets: messages show them masked. */
export const SECRET_COLUMNS: ReadonlySet<string> = new Set(['access_id', 'contract_id']);

/**
 * Records header problems; returns false when rows cannot be read meaningfully
 * (a required column is missing from a CSV header), so the rows are skipped
 * instead of each reporting the same missing column.
 */
export function checkColumns(table: SourceTable, problems: ImportProblem[]): boolean {
  const specs = COLUMNS[table.kind];
  const known = new Set(specs.map((spec) => spec.name));
  for (const column of table.columns) {
    if (!known.has(column.name)) {
      problems.push({
        file: table.file,
        line: column.line,
        column: table.columnLabel(column.name),
        message: `unknown column; ${table.kind} files have: ${specs.map((spec) => spec.name).join(', ')}`,
      });
    }
  }
  if (table.headerLine === undefined) return true;
  const present = new Set(table.columns.map((column) => column.name));
  const missing = specs.filter((spec) => spec.required && !present.has(spec.name));
  for (const spec of missing) {
    problems.push({ file: table.file, line: table.headerLine, message: `the header has no "${spec.name}" column, which is required` });
  }
  return missing.length === 0;
}

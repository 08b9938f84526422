/**
 * What an import file becomes once read, whatever its format (CSV or JSON):
 * named text cells per row, each row knowing the line it came from, so every
 * problem can name the file, the line and the column.
 */

/** The four kinds of records an import folder may hold, one file each. */
export type RecordKind = 'companies' | 'people' | 'contracts' | 'customers';

export const RECORD_KINDS: readonly RecordKind[] = ['companies', 'people', 'contracts', 'customers'];

export interface SourceRow {
  /** 1-based line in the file where the row starts. */
  readonly line: number;
  /** Cell text by column name; absent = the row has no such column. */
  readonly cells: ReadonlyMap<string, string>;
  /** Cells already reported as unreadable (a JSON object where text belongs): not reported again. */
  readonly unreadable?: ReadonlySet<string>;
}

export interface SourceColumn {
  readonly name: string;
  /** Where the column is first seen (the header line of a CSV file). */
  readonly line: number;
}

export interface SourceTable {
  readonly kind: RecordKind;
  /** File name as shown in messages (relative to the import folder). */
  readonly file: string;
  /** The header's line in a CSV file; absent for JSON, where every row names its own fields. */
  readonly headerLine?: number;
  readonly columns: readonly SourceColumn[];
  readonly rows: readonly SourceRow[];
  /** How a column is named in messages: "C (access_id)" for CSV, "access_id" for JSON. */
  columnLabel(name: string): string;
}

/** Column names as people type them in a spreadsheet header: "Tenant ID" → "tenant_id". */
export function normaliseColumnName(name: string): string {
  return name.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

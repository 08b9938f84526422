/**
 * Reads a CSV import file into a SourceTable. The first non-empty line is the
 * header; every row keeps the line it starts on (a quoted value may span
 * lines), so problems point at what a spreadsheet or editor shows.
 */
import { CsvError, parse } from 'csv-parse/sync';
import type { ImportProblem } from '../domain/import/importProblem.js';
import { normaliseColumnName, type RecordKind, type SourceRow, type SourceTable } from '../domain/import/sourceTable.js';

interface ParsedRecord {
  readonly record: string[];
  readonly info: { readonly lines: number; readonly empty_lines: number; readonly comment_lines: number };
}

/** Spreadsheet letter of a 0-based column index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function readCsvTable(kind: RecordKind, file: string, text: string): { table?: SourceTable; problems: ImportProblem[] } {
  let parsed: ParsedRecord[];
  try {
    parsed = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as ParsedRecord[];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      return { problems: [{ file, ...(typeof line === 'number' ? { line } : {}), message: `is not valid CSV: ${error.message.replace(/^[^:]*: /, '')}` }] };
    }
    throw error;
  }
  // Where each record starts: after the previous record's last line and any empty lines skipped since.
  let previousEnd = 0;
  let previousSkipped = 0;
  const located = parsed.map(({ record, info }) => {
    const skipped = info.empty_lines + info.comment_lines;
    const line = previousEnd + 1 + (skipped - previousSkipped);
    previousEnd = info.lines;
    previousSkipped = skipped;
    return { line, fields: record };
  });
  const [header, ...body] = located.filter(({ fields }) => fields.some((field) => field.trim() !== ''));
  if (!header) return { problems: [{ file, message: 'is empty: it needs at least a header line naming the columns' }] };

  const names = header.fields.map(normaliseColumnName);
  const problems: ImportProblem[] = [];
  if (names.length === 1 && header.fields[0]?.includes(';')) {
    problems.push({ file, line: header.line, message: 'the header is one column holding ";": separate columns with commas (save the spreadsheet as "CSV (comma delimited)")' });
  }
  const labels = new Map(names.map((name, index) => [name, `${columnLetter(index)} (${name})`]));
  names.forEach((name, index) => {
    if (name === '') problems.push({ file, line: header.line, column: columnLetter(index), message: 'the header has an empty column name' });
    else if (names.indexOf(name) !== index) problems.push({ file, line: header.line, column: labels.get(name) ?? name, message: `column "${name}" appears twice in the header` });
  });
  const rows: SourceRow[] = [];
  for (const { line, fields } of body) {
    if (fields.length !== names.length) {
      problems.push({ file, line, message: `has ${fields.length} values but the header has ${names.length} columns (a comma inside a value needs the value in double quotes)` });
      continue;
    }
    rows.push({ line, cells: new Map(names.map((name, index) => [name, fields[index] ?? ''])) });
  }
  const table: SourceTable = {
    kind,
    file,
    headerLine: header.line,
    columns: names.filter((name) => name !== '').map((name) => ({ name, line: header.line })),
    rows,
    columnLabel: (name) => labels.get(name) ?? name,
  };
  return { table, problems };
}

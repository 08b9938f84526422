/**
 * Reads one row's cells into typed values, recording a located problem for
 * each cell that is wrong instead of stopping at the first: a deployer fixing
 * a file wants every mistake in one run. Secret cells are never echoed whole.
 */
import { isIsoDate } from '../isoDates.js';
import { maskSecret } from '../secrets.js';
import type { ImportProblem } from './importProblem.js';
import type { SourceRow, SourceTable } from './sourceTable.js';

const MAX_TEXT = 200;

export class RowReader {
  constructor(
    readonly table: SourceTable,
    readonly row: SourceRow,
    private readonly problems: ImportProblem[],
    private readonly secretColumns: ReadonlySet<string> = new Set(),
  ) {}

  get line(): number {
    return this.row.line;
  }

  /** Records a problem with `column` of this row; returns undefined so callers can `return reader.fail(...)`. */
  fail(column: string, message: string): undefined {
    if (this.row.unreadable?.has(column)) return undefined;
    this.problems.push({ file: this.table.file, line: this.row.line, column: this.table.columnLabel(column), message });
    return undefined;
  }

  /** A value as messages may show it: quoted, shortened, masked when the column holds a secret. */
  shown(column: string, value: string): string {
    if (this.secretColumns.has(column)) return `"${maskSecret(value)}" (masked)`;
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  }

  cell(column: string): string {
    return (this.row.cells.get(column) ?? '').trim();
  }

  /** Text that must be present: a name or an id. */
  required(column: string): string | undefined {
    const value = this.cell(column);
    if (value === '') return this.fail(column, this.row.cells.has(column) ? 'is empty, and a value is required' : 'is missing, and a value is required');
    if (value.length > MAX_TEXT) return this.fail(column, `is ${value.length} characters long; at most ${MAX_TEXT} are allowed`);
    if ([...value].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f)) return this.fail(column, 'contains a control character (a tab or line break inside the value)');
    return value;
  }

  /** An id: required text without spaces. */
  id(column: string): string | undefined {
    const value = this.required(column);
    if (value !== undefined && /\s/.test(value)) return this.fail(column, `${this.shown(column, value)} contains a space; ids never do`);
    return value;
  }

  /** yes/no (also true/false, y/n, 1/0); `fallback` when empty, required when no fallback. */
  yesNo(column: string, fallback?: boolean): boolean | undefined {
    const value = this.cell(column).toLowerCase();
    if (value === '') return fallback ?? this.fail(column, 'is empty; write yes or no');
    if (['yes', 'y', 'true', '1'].includes(value)) return true;
    if (['no', 'n', 'false', '0'].includes(value)) return false;
    return this.fail(column, `${this.shown(column, value)} is not yes or no`);
  }

  /** A calendar date yyyy-mm-dd; undefined (no problem) when empty and optional. */
  date(column: string, required: boolean): string | undefined {
    const value = this.cell(column);
    if (value === '') return required ? this.fail(column, 'is empty; write a date as yyyy-mm-dd') : undefined;
    if (!isIsoDate(value)) {
      return this.fail(column, `${this.shown(column, value)} is not a date written as yyyy-mm-dd`);
    }
    return value;
  }

  /** A list in one cell, items separated by ";" (JSON lists arrive joined the same way). */
  list(column: string): string[] {
    return this.cell(column)
      .split(';')
      .map((item) => item.trim())
      .filter((item) => item !== '');
  }

  /** One of `allowed`, matched ignoring case, spaces and hyphens ("Action Pack" = actionPack). */
  oneOf<T extends string>(column: string, value: string, allowed: readonly T[]): T | undefined {
    const key = (text: string): string => text.toLowerCase().replace(/[\s_-]+/g, '');
    const found = allowed.find((option) => key(option) === key(value));
    return found ?? this.fail(column, `${this.shown(column, value)} is not one of: ${allowed.join(', ')}`);
  }
}

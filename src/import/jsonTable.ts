/**
 * Reads a JSON import file (an array of objects whose fields are the CSV
 * columns) into a SourceTable. Values may be text, numbers, true/false, null
 * or lists of text (joined with ";", as a CSV cell would write them). Each
 * row's line is where its object starts.
 */
import type { ImportProblem } from '../domain/import/importProblem.js';
import { normaliseColumnName, type RecordKind, type SourceColumn, type SourceRow, type SourceTable } from '../domain/import/sourceTable.js';
import { parseJson } from '../domain/ruleEngine/jsonSyntax.js';

/** Offsets where each element of the top-level array starts (the text is valid JSON). */
function elementOffsets(text: string): number[] {
  const offsets: number[] = [];
  let depth = 0;
  let inString = false;
  let expectingElement = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (depth === 1 && expectingElement && !' \t\r\n,]'.includes(ch)) {
      offsets.push(i);
      expectingElement = false;
    }
    if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') {
      depth++;
      if (depth === 1) expectingElement = true;
    } else if (ch === ']' || ch === '}') depth--;
    else if (ch === ',' && depth === 1) expectingElement = true;
  }
  return offsets;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function cellText(value: unknown): string | undefined {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(';');
  return undefined;
}

export function readJsonTable(kind: RecordKind, file: string, rawText: string): { table?: SourceTable; problems: ImportProblem[] } {
  const text = rawText.replace(/^\uFEFF/, '');
  const parsed = parseJson(text);
  if (!parsed.ok) return { problems: [{ file, line: parsed.line, message: `is not valid JSON (column ${parsed.column}): ${parsed.reason}` }] };
  if (!Array.isArray(parsed.value)) return { problems: [{ file, line: 1, message: `must be a JSON array of ${kind} objects, e.g. [ { "tenant_id": "..." } ]` }] };
  const offsets = elementOffsets(text);
  const problems: ImportProblem[] = [];
  const rows: SourceRow[] = [];
  const columns = new Map<string, SourceColumn>();
  parsed.value.forEach((item: unknown, index) => {
    const line = lineAt(text, offsets[index] ?? 0);
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      problems.push({ file, line, message: `item ${index + 1} is not an object with ${kind} fields` });
      return;
    }
    const cells = new Map<string, string>();
    const unreadable = new Set<string>();
    for (const [key, value] of Object.entries(item)) {
      const name = normaliseColumnName(key);
      if (!columns.has(name)) columns.set(name, { name, line });
      const cell = cellText(value);
      if (cell === undefined) {
        problems.push({ file, line, column: name, message: 'must be text, a number, true/false, null or a list of text' });
        unreadable.add(name);
      } else cells.set(name, cell);
    }
    rows.push({ line, cells, unreadable });
  });
  const table: SourceTable = { kind, file, columns: [...columns.values()], rows, columnLabel: (name) => name };
  return { table, problems };
}

/**
 * Finds and reads the files of an import folder: one file per kind,
 * `<kind>.csv` or `<kind>.json`. Any other .csv or .json file is refused, so a
 * misnamed file ("contract.csv") cannot be silently skipped.
 */
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { ImportProblem } from '../domain/import/importProblem.js';
import type { ImportTables } from '../domain/import/importValidation.js';
import { RECORD_KINDS, type RecordKind, type SourceTable } from '../domain/import/sourceTable.js';
import { readCsvTable } from './csvTable.js';
import { readJsonTable } from './jsonTable.js';

export interface FolderContent {
  readonly tables: ImportTables;
  readonly problems: readonly ImportProblem[];
}

const MAX_FILE_BYTES = 200 * 1024 * 1024;

export async function readImportFolder(folder: string): Promise<FolderContent> {
  let names: string[];
  try {
    names = (await readdir(folder, { withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name);
  } catch (error) {
    return { tables: {}, problems: [{ file: folder, message: `cannot be read as a folder (${(error as NodeJS.ErrnoException).code ?? String(error)})` }] };
  }
  const problems: ImportProblem[] = [];
  const tables: Partial<Record<RecordKind, SourceTable>> = {};
  const dataFiles = names.filter((name) => ['.csv', '.json'].includes(extname(name).toLowerCase()));
  for (const name of dataFiles) {
    const base = name.slice(0, -extname(name).length).toLowerCase();
    if (!(RECORD_KINDS as readonly string[]).includes(base)) {
      problems.push({ file: name, message: `is not an import file; the files are named ${RECORD_KINDS.map((k) => `${k}.csv`).join(', ')} (or .json)` });
    }
  }
  for (const kind of RECORD_KINDS) {
    const candidates = dataFiles.filter((name) => name.slice(0, -extname(name).length).toLowerCase() === kind);
    if (candidates.length > 1) {
      problems.push({ file: candidates.join(' and '), message: `both exist; keep one file per kind (${kind}.csv or ${kind}.json)` });
      continue;
    }
    const [name] = candidates;
    if (name === undefined) continue;
    const buffer = await readFile(join(folder, name));
    if (buffer.length > MAX_FILE_BYTES) {
      problems.push({ file: name, message: `is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; split the import by company` });
      continue;
    }
    const text = buffer.toString('utf8');
    if (text.includes('\uFFFD')) problems.push({ file: name, message: 'is not UTF-8 text; save it as "CSV UTF-8" (or UTF-8 JSON)' });
    const read = extname(name).toLowerCase() === '.csv' ? readCsvTable(kind, name, text) : readJsonTable(kind, name, text);
    problems.push(...read.problems);
    if (read.table) tables[kind] = read.table;
  }
  return { tables, problems };
}

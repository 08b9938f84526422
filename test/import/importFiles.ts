/** Small valid import files for tests; each test changes the line it is about. */
import { readCsvTable } from '../../src/import/csvTable.js';
import { readJsonTable } from '../../src/import/jsonTable.js';
import type { ImportProblem } from '../../src/domain/import/importProblem.js';
import type { ImportTables } from '../../src/domain/import/importValidation.js';
import type { RecordKind } from '../../src/domain/import/sourceTable.js';
import { program } from '../helpers/program.js';

export const T1 = '11111111-aaaa-4bbb-8ccc-000000000001';
export const T2 = '22222222-aaaa-4bbb-8ccc-000000000002';
export const ACCESS_1 = '3F2504E0-4F89-41D3-9A0C-0305E82C3301';
export const ACCESS_2 = '7C9E6679-7425-40DE-944B-E07FC1F90AE7';
export const CONTRACT_1 = '4820193756';
export const CONTRACT_2 = '4820193757';
export const COMPETENCIES = ['cloudPlatform', 'security', 'applicationDevelopment'];
/** The shipped program.json's offers. */
export const OFFERS = program.offers();

export type ImportFiles = Record<string, string>;

export function validFiles(): ImportFiles {
  return {
    'companies.csv': ['tenant_id,name,offers,csp,activated_on', `${T1},Litware Inc,gold:cloudPlatform;silver:security,yes,2026-03-30`, `${T2},Proseware Ltd,actionPack,no,`].join('\n'),
    'people.csv': ['tenant_id,aad_object_id,name,roles,mpn,csp', `${T1},aad-mika,Mika Tanaka,globalAdmin,yes,yes`, `${T1},aad-tom,Tom Becker,,yes,no`, `${T2},aad-sofia,Sofia Lindqvist,mpnPartnerAdmin,yes,no`].join('\n'),
    'contracts.csv': [
      'tenant_id,contract_id,access_id,kind,cloud_package,incidents_total,incidents_remaining,start_date,end_date,associated_users',
      `${T1},${CONTRACT_1},${ACCESS_1},productSupport,,20,14,2026-04-01,2027-03-31,aad-mika:supportForBusiness:2026-04-03`,
      `${T1},${CONTRACT_2},${ACCESS_2},signatureCloudSupport,unlimited,,,2026-04-01,2027-03-31,aad-mika:azure`,
    ].join('\n'),
    'customers.csv': ['tenant_id,customer_id,name', `${T1},cust-woodgrove,Woodgrove Bank`].join('\n'),
  };
}

/** Replaces line `line` (1-based) of `file`. */
export function withLine(files: ImportFiles, file: string, line: number, text: string): ImportFiles {
  const lines = (files[file] ?? '').split('\n');
  lines[line - 1] = text;
  return { ...files, [file]: lines.join('\n') };
}

export function without(files: ImportFiles, file: string): ImportFiles {
  return Object.fromEntries(Object.entries(files).filter(([name]) => name !== file));
}

/** Reads in-memory files the way the import folder reader does. */
export function tablesOf(files: ImportFiles): { tables: ImportTables; problems: ImportProblem[] } {
  const tables: Partial<Record<RecordKind, ReturnType<typeof readCsvTable>['table']>> = {};
  const problems: ImportProblem[] = [];
  for (const [file, text] of Object.entries(files)) {
    const kind = file.replace(/\.(csv|json)$/, '') as RecordKind;
    const read = file.endsWith('.json') ? readJsonTable(kind, file, text) : readCsvTable(kind, file, text);
    problems.push(...read.problems);
    if (read.table) tables[kind] = read.table;
  }
  return { tables: tables as ImportTables, problems };
}

/**
 * One import run: read and validate every file, then (only if all is well)
 * open the store, plan against what it holds, print the plan, and write it
 * unless this is a dry run. Nothing is written when any row is wrong.
 */
import { describeProblem, sortProblems, type ImportProblem } from '../domain/import/importProblem.js';
import { planImport } from '../domain/import/importPlan.js';
import { checkAssociatedPeople, validateImport, type ImportData } from '../domain/import/importValidation.js';
import type { ImportableOffer } from '../domain/import/companyRows.js';
import type { Store } from '../storage/store.js';
import { StoreLockedError } from '../storage/storageErrors.js';
import { readImportFolder } from './importFolder.js';
import { applyImportPlan, loadCompanyStates, type ImportRepositories } from './importWriter.js';
import { formatPlanReport } from './planReport.js';

export type ImportOutcome = 'imported' | 'dryRun' | 'invalid' | 'storeInUse';

export interface ImportRequest {
  readonly folder: string;
  readonly dryRun: boolean;
  /** The offers program.json declares. */
  readonly offers: readonly ImportableOffer[];
  /** Competency ids of the program's rules. */
  readonly competencies: readonly string[];
  readonly now: () => Date;
  readonly newContractKey: () => string;
}

export interface ImportOutput {
  info(line: string): void;
  error(line: string): void;
}

function reportProblems(problems: readonly ImportProblem[], output: ImportOutput): 'invalid' {
  output.error(`The import files have ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}; nothing was imported:`);
  for (const problem of problems) output.error(`  ${describeProblem(problem)}`);
  output.error('Fix the files and run the import again.');
  return 'invalid';
}

/** The plain explanation an operator needs when the bot holds the embedded store. */
export function storeInUseLines(error: StoreLockedError): string[] {
  const holder = error.holderPid === undefined ? 'another process' : `process ${error.holderPid}`;
  return [
    `The data directory ${error.dataDir} is in use by ${holder} (lock file ${error.dataDir}/.lock): most likely the bot is running.`,
    'The embedded store serves one process at a time, so nothing was imported. To proceed:',
    '  - stop the bot, run the import again, then start the bot; or',
    '  - run the bot on PostgreSQL (set DATABASE_URL), where the import runs while the bots run.',
  ];
}

/** People of the import's companies in the store: the reference when the import has no people file. */
async function storedPeopleProblems(data: ImportData, repositories: ImportRepositories, column: string): Promise<ImportProblem[]> {
  if (data.people || !data.contracts?.some((c) => c.associations.length > 0)) return [];
  const people = new Map<string, Set<string>>();
  for (const company of data.companies) {
    people.set(company.tenantId, new Set((await repositories.directory.listPeople(company.tenantId)).map((p) => p.aadObjectId)));
  }
  return checkAssociatedPeople(data.contracts, data.files.contracts ?? 'contracts', column, people, 'the store (the import has no people file)');
}

export async function runImport(request: ImportRequest, openStore: () => Promise<Store>, output: ImportOutput): Promise<ImportOutcome> {
  const folder = await readImportFolder(request.folder);
  const validation = validateImport(folder.tables, { offers: request.offers, competencies: request.competencies });
  // Problems reading the files and problems in their rows are reported together: one run shows every mistake.
  const problems = sortProblems([...folder.problems, ...(validation.ok ? [] : validation.problems)]);
  if (!validation.ok || problems.length > 0) return reportProblems(problems, output);
  const { data } = validation;

  let store: Store;
  try {
    store = await openStore();
  } catch (error) {
    if (!(error instanceof StoreLockedError)) throw error;
    for (const line of storeInUseLines(error)) output.error(line);
    return 'storeInUse';
  }
  try {
    const column = folder.tables.contracts?.columnLabel('associated_users') ?? 'associated_users';
    const referenceProblems = await storedPeopleProblems(data, store, column);
    if (referenceProblems.length > 0) return reportProblems(referenceProblems, output);
    const states = await loadCompanyStates(store, data.companies.map((c) => c.tenantId));
    const plan = planImport(data, states, { now: request.now(), newContractKey: request.newContractKey });
    if (!request.dryRun) await applyImportPlan(store, plan);
    for (const line of formatPlanReport(plan, data, request.folder, request.dryRun)) output.info(line);
    return request.dryRun ? 'dryRun' : 'imported';
  } finally {
    await store.close();
  }
}

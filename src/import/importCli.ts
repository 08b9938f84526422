/**
 * `npm run import -- [--dry-run] <folder>`: imports companies, people,
 * contracts and CSP customers from CSV or JSON files into the store the
 * settings select (see docs/data-import.md). Exit codes: 0 done (or dry run),
 * 1 the files have problems (nothing imported), 2 bad arguments or settings,
 * 3 the store is in use by the bot, 4 the import failed while writing.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { loadProgramData } from '../ruleLoading/index.js';
import { maskSecretsInText } from '../domain/secrets.js';
import { projectPath } from '../projectRoot.js';
import { openConfiguredStore } from '../storage/index.js';
import { runImport, type ImportOutcome } from './importer.js';

const USAGE = 'Usage: npm run import -- [--dry-run] <folder>\n  Imports companies.csv, people.csv, contracts.csv and customers.csv (or .json) from <folder>. See docs/data-import.md.';

const EXIT_CODES: Record<ImportOutcome, number> = { imported: 0, dryRun: 0, invalid: 1, storeInUse: 3 };

function parseArguments(args: readonly string[]): { folder: string; dryRun: boolean } | string {
  const flags = args.filter((arg) => arg.startsWith('-'));
  const folders = args.filter((arg) => !arg.startsWith('-'));
  const unknown = flags.filter((flag) => flag !== '--dry-run');
  if (unknown.length > 0) return `Unknown option ${unknown.join(', ')}.`;
  if (folders.length !== 1) return folders.length === 0 ? 'Name the folder to import.' : `Name one folder, not ${folders.length}.`;
  return { folder: resolve(folders[0] as string), dryRun: flags.includes('--dry-run') };
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const parsed = parseArguments(args);
  if (typeof parsed === 'string') {
    console.error(`${parsed}\n${USAGE}`);
    return 2;
  }
  const envFile = projectPath('.env');
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`Cannot import: ${error.message}`);
    return 2;
  }
  const program = await loadProgramData(join(config.rulesDir, 'program.json'));
  const outcome = await runImport(
    {
      ...parsed,
      offers: program.offers(),
      competencies: program.competencies().map((c) => c.id),
      now: () => new Date(),
      newContractKey: () => `contract-${randomUUID()}`,
    },
    () => openConfiguredStore(config),
    { info: (line) => process.stdout.write(`${line}\n`), error: (line) => console.error(line) },
  );
  return EXIT_CODES[outcome];
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`The import failed: ${maskSecretsInText(error instanceof Error ? error.message : String(error))}`);
    console.error('What was written before the failure stays; running the same import again completes it.');
    process.exitCode = 4;
  },
);

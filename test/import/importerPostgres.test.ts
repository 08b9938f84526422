/**
 * The importer on PostgreSQL (the run's real server, a schema per test): it
 * runs while a bot's store is open on the same database, and the bot's store
 * sees the imported data at once.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImport, type ImportOutcome } from '../../src/import/importer.js';
import { projectPath } from '../../src/projectRoot.js';
import { program } from '../helpers/program.js';
import { openPostgresStore, type Store } from '../../src/storage/index.js';
import { createTestDatabase, createTestSchema } from '../postgres/testDatabase.js';

const LITWARE = 'dbe1543c-c9a6-4e66-beed-fdd880dae529';
const COMPETENCIES = ['cloudPlatform', 'security', 'applicationDevelopment'];

let dir: string;
let folder: string;
let schema: { url: string; drop(): Promise<void> };
let botStore: Store;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'psb-import-pg-'));
  folder = join(dir, 'import');
  await cp(projectPath('docs', 'import-example'), folder, { recursive: true });
  schema = await createTestSchema();
  botStore = await openPostgresStore(schema.url, { poolSize: 2 }); // what a running bot holds
});
afterEach(async () => {
  await botStore.close();
  await schema.drop();
  await rm(dir, { recursive: true, force: true });
});

async function importFolder(dryRun = false): Promise<{ outcome: ImportOutcome; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  let keys = 0;
  const outcome = await runImport(
    { folder, dryRun, offers: program.offers(), competencies: COMPETENCIES, now: () => new Date('2026-11-30T08:00:00.000Z'), newContractKey: () => `contract-${++keys}` },
    () => openPostgresStore(schema.url, { poolSize: 2 }),
    { info: (line) => out.push(line), error: (line) => err.push(line) },
  );
  return { outcome, out: out.join('\n'), err: err.join('\n') };
}

async function editLine(file: string, line: number, change: (text: string) => string): Promise<void> {
  const lines = (await readFile(join(folder, file), 'utf8')).split('\n');
  lines[line - 1] = change(lines[line - 1] ?? '');
  await writeFile(join(folder, file), lines.join('\n'));
}

describe('importing into PostgreSQL while the bot runs', () => {
  it('imports, re-imports with no change, and updates exactly a changed row; the bot sees each state', async () => {
    expect((await importFolder(true)).out).toContain('Dry run: nothing was written. 16 to add');
    expect(await botStore.directory.findCompany(LITWARE)).toBeUndefined();

    expect((await importFolder()).outcome).toBe('imported');
    expect((await botStore.directory.listPeople(LITWARE)).map((p) => p.name)).toEqual(['Mika Tanaka', 'Daniel Okafor', 'Priya Raman', 'Tom Becker']);
    const contractsBefore = await botStore.contracts.listByTenant(LITWARE);
    expect(contractsBefore).toHaveLength(2);

    expect((await importFolder()).out).toContain('Nothing to change: the store already matches the files (16 records).');

    await editLine('contracts.csv', 2, (line) => line.replace(',20,14,', ',20,13,'));
    await editLine('people.csv', 5, () => '');
    const changed = await importFolder();
    expect(changed.out).toContain('Imported: 0 added, 1 updated, 1 removed, 14 unchanged.');
    const contractsAfter = await botStore.contracts.listByTenant(LITWARE);
    const byId = (id: string) => contractsAfter.find((c) => c.id === id);
    for (const before of contractsBefore) {
      expect(byId(before.id)).toEqual(before.incidentsRemaining === 14 ? { ...before, incidentsRemaining: 13 } : before);
    }
    expect((await botStore.directory.listPeople(LITWARE)).map((p) => p.name)).not.toContain('Tom Becker');
  });

  it('one bad row imports nothing', async () => {
    await editLine('customers.csv', 3, (line) => line.replace('dbe1543c', 'ffffffff'));
    const result = await importFolder();
    expect(result.outcome).toBe('invalid');
    expect(result.err).toContain('customers.csv, line 3, column A (tenant_id): company ffffffff-c9a6-4e66-beed-fdd880dae529 is not in companies.csv');
    expect(await botStore.isEmpty()).toBe(true);
  });

  it('the CLI imports into the database DATABASE_URL names', async () => {
    const database = await createTestDatabase();
    try {
      const child = spawn(process.execPath, [projectPath('dist', 'src', 'import', 'importCli.js'), folder], {
        env: { PATH: process.env.PATH ?? '', DATABASE_URL: database.url, DATA_DIR: join(dir, 'unused-data-dir') },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
      expect({ code, output }).toEqual({ code: 0, output: expect.stringContaining('Imported: 16 added, 0 updated, 0 removed, 0 unchanged.') });
      const store = await openPostgresStore(database.url, { poolSize: 1 });
      try {
        expect((await store.customers.listByTenant(LITWARE)).map((c) => c.name)).toEqual(['Woodgrove Bank', 'Coho Winery']);
      } finally {
        await store.close();
      }
    } finally {
      await database.drop();
    }
  });
});

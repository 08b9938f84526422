/**
 * The importer end to end in process, on the real lowdb store (files in a
 * temp data directory) and the example folder shipped in docs/.
 */
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImport, type ImportOutcome, type ImportRequest } from '../../src/import/importer.js';
import { projectPath } from '../../src/projectRoot.js';
import { program } from '../helpers/program.js';
import { demoTenants, openLowdbStore, seedIfEmpty } from '../../src/storage/index.js';

const LITWARE = 'dbe1543c-c9a6-4e66-beed-fdd880dae529';
const TREY = '20071ca9-7837-4cd1-a8a0-8979087f7c20';
const COMPETENCIES = ['cloudPlatform', 'security', 'applicationDevelopment'];

let dir: string;
let dataDir: string;
let folder: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'psb-import-'));
  dataDir = join(dir, 'data');
  folder = join(dir, 'import');
  await cp(projectPath('docs', 'import-example'), folder, { recursive: true });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function importFolder(dryRun = false): Promise<{ outcome: ImportOutcome; out: string; err: string }> {
  const lines = { out: [] as string[], err: [] as string[] };
  let keys = 0;
  const request: ImportRequest = { folder, dryRun, offers: program.offers(), competencies: COMPETENCIES, now: () => new Date('2026-11-30T08:00:00.000Z'), newContractKey: () => `contract-${++keys}` };
  const outcome = await runImport(request, () => openLowdbStore(dataDir), { info: (l) => lines.out.push(l), error: (l) => lines.err.push(l) });
  return { outcome, out: lines.out.join('\n'), err: lines.err.join('\n') };
}

async function editLine(file: string, line: number, change: (text: string) => string): Promise<void> {
  const lines = (await readFile(join(folder, file), 'utf8')).split('\n');
  lines[line - 1] = change(lines[line - 1] ?? '');
  await writeFile(join(folder, file), lines.join('\n'));
}

/** Every company file's content and modification time. */
async function storeFiles(): Promise<Record<string, { text: string; mtimeMs: number }>> {
  const companies = join(dataDir, 'companies');
  const names = await readdir(companies).catch(() => []);
  const entries = await Promise.all(names.map(async (name) => [name, { text: await readFile(join(companies, name), 'utf8'), mtimeMs: (await stat(join(companies, name))).mtimeMs }] as const));
  return Object.fromEntries(entries);
}

async function inStore<T>(read: (store: Awaited<ReturnType<typeof openLowdbStore>>) => Promise<T>): Promise<T> {
  const store = await openLowdbStore(dataDir);
  try {
    return await read(store);
  } finally {
    await store.close();
  }
}

describe('importing a folder into the embedded store', () => {
  it('imports the example, and importing it again writes nothing', async () => {
    expect((await importFolder()).outcome).toBe('imported');
    const people = await inStore((s) => s.directory.listPeople(LITWARE));
    expect(people.map((p) => p.name)).toEqual(['Mika Tanaka', 'Daniel Okafor', 'Priya Raman', 'Tom Becker']);
    const contracts = await inStore((s) => s.contracts.listByTenant(TREY));
    expect(contracts.map((c) => [c.benefit, c.cloudPackage, c.incidentsRemaining])).toEqual([
      ['productSupport', undefined, 15],
      ['signatureCloudSupport', '5pack', 4],
    ]);
    const before = await storeFiles();
    expect(Object.keys(before)).toHaveLength(3);

    const again = await importFolder();
    expect(again.outcome).toBe('imported');
    expect(again.out).toContain('Nothing to change: the store already matches the files (16 records).');
    expect(await storeFiles()).toEqual(before); // same bytes, not even rewritten
  });

  it('updates exactly what changed in a file, and nothing else', async () => {
    await importFolder();
    const contractsBefore = await inStore((s) => s.contracts.listByTenant(LITWARE));
    const treyBefore = (await storeFiles())[`${TREY}.json`];
    await editLine('contracts.csv', 2, (line) => line.replace(',20,14,', ',20,13,'));

    const result = await importFolder();
    expect(result.out).toContain('~ updated contract ••••2312');
    expect(result.out).toContain('incidentsRemaining: 14 → 13');
    expect(result.out).toContain('Imported: 0 added, 1 updated, 0 removed, 15 unchanged.');
    const contractsAfter = await inStore((s) => s.contracts.listByTenant(LITWARE));
    expect(contractsAfter).toEqual([{ ...contractsBefore[0], incidentsRemaining: 13 }, contractsBefore[1]]);
    expect((await storeFiles())[`${TREY}.json`]).toEqual(treyBefore);
  });

  it('removes rows absent from the files for the companies they cover, and leaves other companies alone', async () => {
    await inStore((s) => seedIfEmpty(s, '2026-11-30'));
    const contosoBefore = await inStore((s) => Promise.all([s.directory.listPeople(demoTenants.contoso), s.contracts.listByTenant(demoTenants.contoso)]));
    await importFolder();
    await editLine('people.csv', 5, () => ''); // Tom Becker leaves Litware
    await editLine('customers.csv', 3, () => ''); // Coho Winery is no longer a customer

    const result = await importFolder();
    expect(result.out).toContain('- removed person Tom Becker (2bb1ac0e-a91d-4ccd-899c-c13587677f8f), not in people.csv');
    expect(result.out).toContain('- removed CSP customer Coho Winery');
    expect((await inStore((s) => s.directory.listPeople(LITWARE))).map((p) => p.name)).not.toContain('Tom Becker');
    expect((await inStore((s) => s.customers.listByTenant(LITWARE))).map((c) => c.name)).toEqual(['Woodgrove Bank']);
    expect(await inStore((s) => Promise.all([s.directory.listPeople(demoTenants.contoso), s.contracts.listByTenant(demoTenants.contoso)]))).toEqual(contosoBefore);
  });

  it('imports nothing when one row is wrong, and names it', async () => {
    await importFolder();
    const before = await storeFiles();
    await editLine('companies.csv', 3, (line) => line.replace('actionPack', 'actionPack;gold:cloudPlatform'));
    await editLine('people.csv', 8, (line) => line.replace(',yes,no', ',yes,perhaps'));

    const result = await importFolder();
    expect(result.outcome).toBe('invalid');
    expect(result.err).toContain('people.csv, line 8, column F (csp): "perhaps" is not yes or no');
    expect(result.err).toContain('nothing was imported');
    expect(await storeFiles()).toEqual(before); // the valid change on companies.csv line 3 was not written either
  });

  it('dry run prints what would change and writes nothing', async () => {
    const result = await importFolder(true);
    expect(result.outcome).toBe('dryRun');
    expect(result.out).toContain('+ would add company Litware Inc');
    expect(result.out).toContain('+ would add contract ••••2280 (signatureCloudSupport unlimited, 2026-04-01 to 2027-03-31)');
    expect(result.out).toContain('Dry run: nothing was written. 16 to add, 0 to update, 0 to remove, 0 unchanged.');
    expect(await storeFiles()).toEqual({});
  });

  it('without a people file, checks associated users against the people already stored', async () => {
    await rm(join(folder, 'people.csv'));
    const result = await importFolder();
    expect(result.outcome).toBe('invalid');
    expect(result.err).toContain(`contracts.csv, line 2, column J (associated_users): 02b11043-005f-4253-9a0d-f0c2d3589b75 is not a person of company ${LITWARE} in the store`);
  });
});

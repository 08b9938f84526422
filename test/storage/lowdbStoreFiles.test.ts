/** What only the file-backed store can get wrong: persistence, file layout, damage, isolation of writes. */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { openLowdbStore } from '../../src/storage/lowdb/lowdbStore.js';
import { CorruptStoreFileError } from '../../src/storage/storageErrors.js';
import { makeTempDataDir, removeTempDataDir } from '../helpers/storeFactories.js';
import { aCompany, aContract } from './sampleRecords.js';

let dataDir: string;
beforeEach(async () => {
  dataDir = await makeTempDataDir();
});
afterEach(() => removeTempDataDir(dataDir));

const companyFile = (name: string): string => join(dataDir, 'companies', name);

it('keeps data across close and reopen', async () => {
  const first = await openLowdbStore(dataDir);
  await first.contracts.save(aContract());
  await first.conversationReferences.saveHelpdeskChannel({ conversation: { id: 'helpdesk' } });
  await first.close();

  const second = await openLowdbStore(dataDir);
  expect(await second.contracts.listByTenant('tenant-a')).toEqual([aContract()]);
  expect(await second.conversationReferences.findHelpdeskChannel()).toEqual({ conversation: { id: 'helpdesk' } });
  expect(await second.isEmpty()).toBe(false);
  await second.close();
});

it('lays out one readable JSON file per company and leaves no temp files', async () => {
  const store = await openLowdbStore(dataDir);
  await store.directory.saveCompany(aCompany({ tenantId: 'tenant-contoso' }));
  await store.close();
  expect((await readdir(join(dataDir, 'companies'))).sort()).toEqual(['tenant-contoso.json']);
  const onDisk = JSON.parse(await readFile(companyFile('tenant-contoso.json'), 'utf8')) as { company: unknown };
  expect(onDisk.company).toEqual(aCompany({ tenantId: 'tenant-contoso' }));
});

it('removes temp files left by a crashed write, keeping the real files', async () => {
  const store = await openLowdbStore(dataDir);
  await store.directory.saveCompany(aCompany());
  await store.close();
  await writeFile(companyFile('.tenant-a.json.tmp'), '{"half": ');
  await writeFile(join(dataDir, '.helpdesk-channel.json.tmp'), '{');

  const reopened = await openLowdbStore(dataDir);
  expect(await readdir(join(dataDir, 'companies'))).toEqual(['tenant-a.json']);
  expect(await readdir(dataDir)).not.toContain('.helpdesk-channel.json.tmp');
  expect(await reopened.directory.findCompany('tenant-a')).toEqual(aCompany());
  await reopened.close();
});

it.each([
  ['not JSON', '{"version": 1, "tenantId": "tenant-a", '],
  ['an empty file', ''],
  ['the wrong shape', '[1, 2, 3]'],
  ['another tenant’s data', JSON.stringify({ version: 1, tenantId: 'tenant-b', company: null, people: [], contracts: [], customers: [], activationRequests: [], userReferences: [] })],
  ['a malformed record', JSON.stringify({ version: 1, tenantId: 'tenant-a', company: null, people: [{ name: 1 }], contracts: [], customers: [], activationRequests: [], userReferences: [] })],
])('refuses a company file holding %s, naming it and leaving it untouched', async (_label, content) => {
  await mkdir(join(dataDir, 'companies'), { recursive: true });
  await writeFile(companyFile('tenant-a.json'), content);
  const store = await openLowdbStore(dataDir); // opening reads no company file, so it succeeds

  const read = store.directory.findCompany('tenant-a');
  await expect(read).rejects.toBeInstanceOf(CorruptStoreFileError);
  await expect(read).rejects.toMatchObject({ code: 'STORE_FILE_CORRUPT', filePath: companyFile('tenant-a.json') });
  await expect(store.directory.saveCompany(aCompany())).rejects.toThrow(companyFile('tenant-a.json'));
  await store.close();
  expect(await readFile(companyFile('tenant-a.json'), 'utf8')).toBe(content);
});

it('keeps tenant ids from the network inside the companies directory', async () => {
  const store = await openLowdbStore(dataDir);
  const hostile = ['../escape', '../../escape', '..', '.', 'a/b', 'a\\b', '/etc/passwd', '.lock', 'x'.repeat(5000)];
  for (const tenantId of hostile) await store.directory.saveCompany(aCompany({ tenantId }));
  await store.close();

  expect(await readdir(dataDir)).toEqual(['companies']); // lock released, nothing written beside it
  expect(await readdir(dirname(dataDir))).not.toContain('escape');
  const names = await readdir(join(dataDir, 'companies'));
  expect(names).toHaveLength(hostile.length);
  for (const name of names) expect(name).toMatch(/^[a-z0-9_~-]+\.json$/);

  const reopened = await openLowdbStore(dataDir);
  for (const tenantId of hostile) expect((await reopened.directory.findCompany(tenantId))?.tenantId).toBe(tenantId);
  await reopened.close();
});

it('writes only the file of the company that changed, and nothing on reads', async () => {
  const store = await openLowdbStore(dataDir);
  await store.contracts.save(aContract({ tenantId: 'tenant-a' }));
  await store.contracts.save(aContract({ tenantId: 'tenant-b' }));
  await store.conversationReferences.saveUserReference('tenant-b', 'aad-1', { id: 'ref' });
  const before = await stat(companyFile('tenant-b.json'));
  await new Promise((resolve) => setTimeout(resolve, 30)); // let mtimes tick

  await store.contracts.save(aContract({ tenantId: 'tenant-a', incidentsRemaining: 1 }));
  await store.contracts.listByTenant('tenant-b');
  await store.directory.findCompany('tenant-unknown');
  await store.conversationReferences.saveUserReference('tenant-b', 'aad-1', { id: 'ref' }); // unchanged: no write
  await store.close();

  const after = await stat(companyFile('tenant-b.json'));
  expect(after.mtimeMs).toBe(before.mtimeMs);
  expect(after.ino).toBe(before.ino); // a rewrite would rename a new file into place
  expect(await readdir(join(dataDir, 'companies'))).not.toContain('tenant-unknown.json');
  expect((await stat(companyFile('tenant-a.json'))).mtimeMs).toBeGreaterThan(before.mtimeMs);
});

it('reads company files written pretty-printed by earlier versions, and rewrites one compact on its next change', async () => {
  const store = await openLowdbStore(dataDir);
  await store.directory.saveCompany(aCompany());
  await store.close();
  const data: unknown = JSON.parse(await readFile(companyFile('tenant-a.json'), 'utf8'));
  await writeFile(companyFile('tenant-a.json'), JSON.stringify(data, null, 2));

  const reopened = await openLowdbStore(dataDir);
  expect(await reopened.directory.findCompany('tenant-a')).toEqual(aCompany());
  await reopened.contracts.save(aContract());
  await reopened.close();
  const text = await readFile(companyFile('tenant-a.json'), 'utf8');
  expect(text).not.toContain('\n');
  expect(JSON.parse(text)).toMatchObject({ company: aCompany(), contracts: [aContract()] });
});

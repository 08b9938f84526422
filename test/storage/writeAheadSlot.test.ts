/**
 * Company files are overwritten in place behind a write-ahead slot: what a
 * crash or a failed write leaves is finished on the next write or open, a torn
 * slot record is ignored, and nothing the slot cannot explain is accepted.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { emptyCompanyData, type CompanyData } from '../../src/storage/companyData.js';
import { LowdbCompanySource } from '../../src/storage/lowdb/lowdbCompanySource.js';
import { companiesDirOf, openLowdbStore } from '../../src/storage/lowdb/lowdbStore.js';
import { storedJsonText } from '../../src/storage/lowdb/validatedJsonFile.js';
import { slotRecordHeader, WRITE_SLOT_FILE_NAME, WriteAheadSlot, type InPlaceWrite } from '../../src/storage/lowdb/writeAheadSlot.js';
import { CorruptStoreFileError } from '../../src/storage/storageErrors.js';
import { makeTempDataDir, removeTempDataDir } from '../helpers/storeFactories.js';
import { aCompany } from './sampleRecords.js';

let dataDir: string;
let dir: string;
beforeEach(async () => {
  dataDir = await makeTempDataDir();
  dir = companiesDirOf(dataDir);
});
afterEach(() => removeTempDataDir(dataDir));

const companyFile = (tenantId: string): string => join(dir, `${tenantId}.json`);
const slotFile = (): string => join(dir, WRITE_SLOT_FILE_NAME);

function companyText(tenantId: string, name: string): string {
  return storedJsonText({ ...emptyCompanyData(tenantId), company: aCompany({ tenantId, name }) });
}

/** The bytes a write puts in the slot for `text` bound for `tenantId`'s file. */
function slotRecord(tenantId: string, text: string): Buffer {
  const bytes = Buffer.from(text);
  return Buffer.concat([slotRecordHeader(`${tenantId}.json`, bytes), bytes]);
}

async function storeWith(companies: ReadonlyArray<[tenantId: string, name: string]>): Promise<void> {
  const store = await openLowdbStore(dataDir);
  for (const [tenantId, name] of companies) await store.directory.saveCompany(aCompany({ tenantId, name }));
  await store.close();
}

async function companyNames(tenantIds: readonly string[]): Promise<Array<string | undefined>> {
  const store = await openLowdbStore(dataDir);
  try {
    return await Promise.all(tenantIds.map(async (id) => (await store.directory.findCompany(id))?.name));
  } finally {
    await store.close();
  }
}

it('writes company files in place, longer or shorter, and leaves no slot behind a clean close', async () => {
  await storeWith([['tenant-a', 'First']]);
  const before = (await stat(companyFile('tenant-a'))).ino;
  await storeWith([['tenant-a', `Second ${'x'.repeat(500)}`]]);
  expect((await stat(companyFile('tenant-a'))).ino).toBe(before); // the same file, not a renamed copy
  await storeWith([['tenant-a', 'Third']]);
  expect((await stat(companyFile('tenant-a'))).ino).toBe(before);
  expect(await readFile(companyFile('tenant-a'), 'utf8')).toBe(companyText('tenant-a', 'Third')); // nothing left of the longer text
  expect(await readdir(dir)).toEqual(['tenant-a.json']);
});

it.each([
  ['torn half way', (text: string) => text.slice(0, text.length / 2)],
  ['emptied by the truncating open', () => ''],
  ['not written yet', (_text: string, old: string) => old],
])('finishes a write a crash cut short on the next open: company file %s', async (_label, onDisk) => {
  await storeWith([['tenant-a', 'Old name'], ['tenant-b', 'Other']]);
  const old = await readFile(companyFile('tenant-a'), 'utf8');
  const next = companyText('tenant-a', 'New name');
  await writeFile(slotFile(), slotRecord('tenant-a', next));
  await writeFile(companyFile('tenant-a'), onDisk(next, old));

  expect(await companyNames(['tenant-a', 'tenant-b'])).toEqual(['New name', 'Other']);
  expect(await readFile(companyFile('tenant-a'), 'utf8')).toBe(next);
  expect((await readdir(dir)).sort()).toEqual(['tenant-a.json', 'tenant-b.json']);
});

it('creates a new company file the slot holds when the crash came before the file existed', async () => {
  await storeWith([['tenant-a', 'Existing']]);
  await writeFile(slotFile(), slotRecord('tenant-new', companyText('tenant-new', 'Brand new')));
  expect(await companyNames(['tenant-a', 'tenant-new'])).toEqual(['Existing', 'Brand new']);
});

describe('a torn slot record (the crash came while writing it)', () => {
  // The slot is overwritten from position 0 without truncating: a torn record is a prefix of
  // the new one over the rest of the old. The old record is the longer here, so only the
  // checksum, not the length, can tell a torn record from a whole one.
  const cuts: Array<[string, (header: number, total: number) => number]> = [
    ['inside the header', (header) => Math.floor(header / 2)],
    ['half way through the text', (header, total) => header + Math.floor((total - header) / 2)],
    ['one byte short', (_header, total) => total - 1],
  ];
  it.each(cuts)('is ignored when cut %s, leaving the company files as they were', async (_label, cutAt) => {
    const longName = `Old name ${'x'.repeat(400)}`;
    await storeWith([['tenant-a', longName], ['tenant-b', 'Other']]);
    const oldA = await readFile(companyFile('tenant-a'));
    const oldB = await readFile(companyFile('tenant-b'));
    const previousRecord = slotRecord('tenant-a', oldA.toString()); // the last write, already in its file
    const newText = Buffer.from(companyText('tenant-b', 'Renamed'));
    const newRecord = slotRecord('tenant-b', newText.toString());
    const cut = cutAt(slotRecordHeader('tenant-b.json', newText).length, newRecord.length);
    await writeFile(slotFile(), Buffer.concat([newRecord.subarray(0, cut), previousRecord.subarray(cut)]));

    expect(await companyNames(['tenant-a', 'tenant-b'])).toEqual([longName, 'Other']);
    expect(await readFile(companyFile('tenant-a'))).toEqual(oldA);
    expect(await readFile(companyFile('tenant-b'))).toEqual(oldB);
    expect(await readdir(dir)).not.toContain(WRITE_SLOT_FILE_NAME);
  });

  it('does not excuse a damaged company file: it is still refused, and kept', async () => {
    await storeWith([['tenant-a', 'Old name']]);
    const record = slotRecord('tenant-a', companyText('tenant-a', 'New name'));
    await writeFile(slotFile(), record.subarray(0, record.length - 1));
    await writeFile(companyFile('tenant-a'), '{"version": 1, "tena');

    const store = await openLowdbStore(dataDir);
    await expect(store.directory.findCompany('tenant-a')).rejects.toBeInstanceOf(CorruptStoreFileError);
    await store.close();
    expect(await readFile(companyFile('tenant-a'), 'utf8')).toBe('{"version": 1, "tena');
  });
});

it('refuses a damaged company file when the slot names another one', async () => {
  await storeWith([['tenant-a', 'Old name'], ['tenant-b', 'Other']]);
  await writeFile(slotFile(), slotRecord('tenant-b', companyText('tenant-b', 'Other renamed')));
  await writeFile(companyFile('tenant-a'), '{"half": ');

  const store = await openLowdbStore(dataDir);
  await expect(store.directory.findCompany('tenant-a')).rejects.toMatchObject({ code: 'STORE_FILE_CORRUPT', filePath: companyFile('tenant-a') });
  expect((await store.directory.findCompany('tenant-b'))?.name).toBe('Other renamed');
  await store.close();
});

describe('an in-place write that fails (a full disk)', () => {
  let diskFull: boolean;
  /** Like a full disk after the truncating open: half the text goes in, then the write throws. */
  const writeUntilFull: InPlaceWrite = (filePath, bytes) => {
    if (!diskFull) return writeFileSync(filePath, bytes);
    writeFileSync(filePath, bytes.subarray(0, bytes.length / 2));
    throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
  };
  const rename = (name: string) => (draft: CompanyData) => {
    draft.company = aCompany({ tenantId: draft.tenantId, name });
    return { result: undefined, changed: true };
  };
  let source: LowdbCompanySource;
  beforeEach(async () => {
    diskFull = false;
    await storeWith([['tenant-a', 'Old name'], ['tenant-b', 'Other']]);
    source = new LowdbCompanySource(dir, 10, new WriteAheadSlot(dir, writeUntilFull));
  });
  afterEach(() => source.close());

  it('loses nothing: reads see the write, and the next write repairs the file first', async () => {
    diskFull = true;
    await expect(source.update('tenant-a', rename('New name'))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(() => JSON.parse(readFileSync(companyFile('tenant-a'), 'utf8'))).toThrow(); // damaged on disk
    expect((await source.read('tenant-a')).company?.name).toBe('New name');

    // Still full: another company's write refuses rather than overwrite the only whole copy.
    await expect(source.update('tenant-b', rename('Other renamed'))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect((await source.read('tenant-b')).company?.name).toBe('Other');

    diskFull = false;
    await source.update('tenant-b', rename('Other renamed'));
    expect(await readFile(companyFile('tenant-a'), 'utf8')).toBe(companyText('tenant-a', 'New name'));
    expect(await readFile(companyFile('tenant-b'), 'utf8')).toBe(companyText('tenant-b', 'Other renamed'));
  });

  it('keeps the slot through close when it still cannot write, and the next open repairs the file', async () => {
    diskFull = true;
    await expect(source.update('tenant-a', rename('New name'))).rejects.toMatchObject({ code: 'ENOSPC' });
    await source.close();
    expect(await readdir(dir)).toContain(WRITE_SLOT_FILE_NAME);

    expect(await companyNames(['tenant-a', 'tenant-b'])).toEqual(['New name', 'Other']);
    expect(await readFile(companyFile('tenant-a'), 'utf8')).toBe(companyText('tenant-a', 'New name'));
  });

  it('repairs the file at close once the disk has room again', async () => {
    diskFull = true;
    await expect(source.update('tenant-a', rename('New name'))).rejects.toMatchObject({ code: 'ENOSPC' });
    diskFull = false;
    await source.close();
    expect(await readFile(companyFile('tenant-a'), 'utf8')).toBe(companyText('tenant-a', 'New name'));
    expect(await readdir(dir)).not.toContain(WRITE_SLOT_FILE_NAME);
  });
});


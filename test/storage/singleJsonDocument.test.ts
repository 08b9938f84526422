import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SingleJsonDocument } from '../../src/storage/lowdb/singleJsonDocument.js';

interface Doc {
  readonly items: number[];
}
const shape = (value: unknown) => (Array.isArray((value as Doc | null)?.items) ? undefined : 'no items');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'psb-doc-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('applies every one of many concurrent changes and writes them to disk', async () => {
  const doc = new SingleJsonDocument<Doc>(join(dir, 'doc.json'), { items: [] }, shape);
  await Promise.all(Array.from({ length: 200 }, (_, i) => doc.change((d) => ({ items: [...d.items, i] }))));
  await doc.close();
  const onDisk = JSON.parse(await readFile(join(dir, 'doc.json'), 'utf8')) as Doc;
  expect([...onDisk.items].sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, i) => i));
  const reopened = new SingleJsonDocument<Doc>(join(dir, 'doc.json'), { items: [] }, shape);
  expect((await reopened.read()).items).toHaveLength(200);
});

it('rejects the changes of a failed write and keeps memory equal to the disk', async () => {
  const doc = new SingleJsonDocument<Doc>(join(dir, 'doc.json'), { items: [] }, shape);
  await doc.change(() => ({ items: [1] }));
  // Put a non-empty directory where the file goes: the rename of the write fails, even for root.
  await rm(join(dir, 'doc.json'));
  await mkdir(join(dir, 'doc.json', 'blocker'), { recursive: true });
  await expect(doc.change((d) => ({ items: [...d.items, 2] }))).rejects.toThrow();
  expect((await doc.read()).items).toEqual([1]);
});

it('does not write when a change changes nothing', async () => {
  const doc = new SingleJsonDocument<Doc>(join(dir, 'doc.json'), { items: [] }, shape);
  await doc.change(() => undefined);
  await expect(readFile(join(dir, 'doc.json'), 'utf8')).rejects.toThrow(/ENOENT/);
});

/** A log that replaced a JSON document: the document's records become the log once, and nothing is lost on the way. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppendOnlyJsonLog } from '../../src/storage/lowdb/appendOnlyJsonLog.js';
import { loadLogOrEarlierDocument, type EarlierJsonDocument } from '../../src/storage/lowdb/earlierJsonDocument.js';
import { CorruptStoreFileError } from '../../src/storage/storageErrors.js';
import { makeTempDataDir, removeTempDataDir } from '../helpers/storeFactories.js';

interface Note {
  readonly id: string;
}
interface NoteFile {
  readonly version: 1;
  readonly notes: Note[];
}

const noteProblem = (value: unknown): string | undefined => (typeof (value as Note | null)?.id === 'string' ? undefined : 'a note needs an id');
const fileProblem = (value: unknown): string | undefined => (Array.isArray((value as NoteFile | null)?.notes) ? undefined : 'no notes');

let dir: string;
let logPath: string;
let documentPath: string;
let earlier: EarlierJsonDocument<NoteFile, Note>;
beforeEach(async () => {
  dir = await makeTempDataDir();
  logPath = join(dir, 'notes.jsonl');
  documentPath = join(dir, 'notes.json');
  earlier = { path: documentPath, problemOf: fileProblem, recordsOf: (file) => file.notes };
});
afterEach(() => removeTempDataDir(dir));

const exists = (path: string): Promise<boolean> => readFile(path).then(
  () => true,
  () => false,
);
const document = JSON.stringify({ version: 1, notes: [{ id: 'a' }, { id: 'b' }] }, null, 2);

it('makes the earlier document the log, removes the document, and reads the log from then on', async () => {
  await writeFile(documentPath, document);
  const log = new AppendOnlyJsonLog<Note>(logPath, noteProblem);
  expect(await loadLogOrEarlierDocument(log, earlier)).toEqual([{ id: 'a' }, { id: 'b' }]);
  expect(await exists(documentPath)).toBe(false);
  await log.append({ id: 'c' });
  await log.close();
  const reopened = new AppendOnlyJsonLog<Note>(logPath, noteProblem);
  expect(await loadLogOrEarlierDocument(reopened, earlier)).toEqual([{ id: 'a' }, { id: 'b' }, { id: 'c' }]);
});

it('reads an existing log and leaves a document beside it alone', async () => {
  await writeFile(logPath, `${JSON.stringify({ id: 'x' })}\n`);
  await writeFile(documentPath, document);
  const log = new AppendOnlyJsonLog<Note>(logPath, noteProblem);
  expect(await loadLogOrEarlierDocument(log, earlier)).toEqual([{ id: 'x' }]);
  expect(await readFile(documentPath, 'utf8')).toBe(document);
});

it('starts empty, writing no file, when there is neither a log nor a document', async () => {
  const log = new AppendOnlyJsonLog<Note>(logPath, noteProblem);
  expect(await loadLogOrEarlierDocument(log, earlier)).toEqual([]);
  expect(await loadLogOrEarlierDocument(log, undefined)).toEqual([]);
  expect(await exists(logPath)).toBe(false);
});

it('refuses a damaged document, naming it, and keeps it without starting a log', async () => {
  await writeFile(documentPath, '{"version":1,"notes":');
  const log = new AppendOnlyJsonLog<Note>(logPath, noteProblem);
  await expect(loadLogOrEarlierDocument(log, earlier)).rejects.toThrow(CorruptStoreFileError);
  await expect(loadLogOrEarlierDocument(log, earlier)).rejects.toThrow(/notes\.json/);
  expect(await readFile(documentPath, 'utf8')).toBe('{"version":1,"notes":');
  expect(await exists(logPath)).toBe(false);
});

it('keeps the document when the log cannot be written, so the records are read again next time', async () => {
  await writeFile(documentPath, document);
  const unwritable = new AppendOnlyJsonLog<Note>(join(dir, 'missing', 'notes.jsonl'), noteProblem);
  await expect(loadLogOrEarlierDocument(unwritable, earlier)).rejects.toThrow(/ENOENT/);
  expect(await readFile(documentPath, 'utf8')).toBe(document);

  await mkdir(join(dir, 'missing'));
  const log = new AppendOnlyJsonLog<Note>(join(dir, 'missing', 'notes.jsonl'), noteProblem);
  expect(await loadLogOrEarlierDocument(log, earlier)).toEqual([{ id: 'a' }, { id: 'b' }]);
});

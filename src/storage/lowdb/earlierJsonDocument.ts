/**
 * Opening an append-only log that replaced a single JSON document: a store
 * written before the log kept its records in that document. When there is no
 * log yet, the document's records become the log (written whole: temp file,
 * then rename) and only then is the document removed, so a crash in between
 * leaves the document to be read again and nothing is lost.
 */
import { rm } from 'node:fs/promises';
import type { AppendOnlyJsonLog } from './appendOnlyJsonLog.js';
import { openValidatedJsonFile, type ShapeCheck } from './validatedJsonFile.js';

/** Where and in what shape the records were kept before the log. */
export interface EarlierJsonDocument<D, T> {
  readonly path: string;
  /** What is wrong with the document, if anything: a damaged one is refused, and kept. */
  readonly problemOf: ShapeCheck;
  /** The records the document holds, as the log keeps them. */
  readonly recordsOf: (document: D) => readonly T[];
}

/** Every record of the log, oldest first; the earlier document's when there is no log yet. */
export async function loadLogOrEarlierDocument<D, T>(log: AppendOnlyJsonLog<T>, earlier: EarlierJsonDocument<D, T> | undefined): Promise<T[]> {
  const records = await log.load();
  if (records !== undefined) return records;
  if (earlier === undefined) return [];
  const db = openValidatedJsonFile<D | null>(earlier.path, null, earlier.problemOf);
  await db.read();
  const adopted = db.data === null ? [] : [...earlier.recordsOf(db.data)];
  if (adopted.length > 0) await log.replaceWith(adopted);
  // Only once the log holds them: a crash before this leaves the document to be read again.
  await rm(earlier.path, { force: true });
  return adopted;
}

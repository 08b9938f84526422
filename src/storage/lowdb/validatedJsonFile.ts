/**
 * A lowdb database over one JSON file that refuses to load anything but the
 * expected shape. By default a write goes to a temp file ".<name>.tmp" in the
 * same directory, then is renamed over the file, so a crash leaves either the
 * old or the new file, never half of one. Company files are written in place
 * behind a write-ahead slot instead (see writeAheadSlot.ts).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import { CorruptStoreFileError } from '../storageErrors.js';

/** Returns what is wrong with a parsed value, or undefined when it is acceptable. */
export type ShapeCheck = (value: unknown) => string | undefined;

/**
 * The exact text the store writes for `data`: compact JSON. Files written
 * pretty-printed by earlier versions load the same; each is rewritten
 * compact on its next change. Compact text is about half the bytes and
 * quicker to build and parse (a write turn's company file is both).
 */
export function storedJsonText(data: unknown): string {
  return JSON.stringify(data);
}

/** How a file's new text reaches the disk, whole or not at all as far as the next open can tell. */
export interface JsonFileWriter {
  /** Synchronous, so no two writes of one file can interleave. */
  write(filePath: string, text: string): void;
  /** The text a failed write still owes `filePath`, which a read must see instead of the file; undefined when nothing is owed. */
  owedText(filePath: string): string | undefined;
}

/**
 * Written synchronously: the file is small, the kernel's work is the same
 * either way, and the thread-pool round trips of an asynchronous write and
 * rename (open, write, close, rename, each with its promise) cost more CPU
 * than the event loop waits here.
 */
export const writeTempThenRename: JsonFileWriter = {
  write(filePath, text) {
    const tempPath = join(dirname(filePath), `.${basename(filePath)}.tmp`);
    writeFileSync(tempPath, text);
    renameSync(tempPath, filePath);
  },
  owedText: () => undefined, // a failed write leaves the old file whole
};

export function openValidatedJsonFile<T>(filePath: string, defaultData: T, problemOf: ShapeCheck, writer: JsonFileWriter = writeTempThenRename): Low<T> {
  const parse = (text: string): T => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new CorruptStoreFileError(filePath, `not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    const problem = problemOf(value);
    if (problem !== undefined) throw new CorruptStoreFileError(filePath, problem);
    return value as T;
  };
  const adapter: Adapter<T> = {
    // Read in one synchronous call: a company file is small, and four thread-pool
    // round trips (open, stat, read, close) cost a cold turn more than the read itself.
    async read() {
      const owed = writer.owedText(filePath);
      if (owed !== undefined) return parse(owed); // the file may be half written
      let text: string;
      try {
        text = readFileSync(filePath, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
      return parse(text);
    },
    async write(data: T) {
      writer.write(filePath, storedJsonText(data));
    },
  };
  return new Low<T>(adapter, defaultData);
}

/** The temp file name writes use for `fileName`; recognised at open to clean up after a crash. */
export function isWriteTempFileName(fileName: string): boolean {
  return fileName.startsWith('.') && fileName.endsWith('.tmp');
}

/**
 * A lowdb database over one JSON file that refuses to load anything but the
 * expected shape. Writes go through lowdb's DataFile (steno): a temp file
 * ".<name>.tmp" in the same directory, then a rename, so a crash leaves either
 * the old or the new file, never half of one.
 */
import { readFileSync } from 'node:fs';
import { Low, type Adapter } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { CorruptStoreFileError } from '../storageErrors.js';

/** Returns what is wrong with a parsed value, or undefined when it is acceptable. */
export type ShapeCheck = (value: unknown) => string | undefined;

export function openValidatedJsonFile<T>(filePath: string, defaultData: T, problemOf: ShapeCheck): Low<T> {
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
  const file = new DataFile<T>(filePath, { parse, stringify: (data: T) => JSON.stringify(data, null, 2) });
  const adapter: Adapter<T> = {
    // Read in one synchronous call: a company file is small, and four thread-pool
    // round trips (open, stat, read, close) cost a cold turn more than the read itself.
    async read() {
      let text: string;
      try {
        text = readFileSync(filePath, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
      return parse(text);
    },
    write: (data: T) => file.write(data),
  };
  return new Low<T>(adapter, defaultData);
}

/** The temp file name steno uses for `fileName`; recognised at open to clean up after a crash. */
export function isWriteTempFileName(fileName: string): boolean {
  return fileName.startsWith('.') && fileName.endsWith('.tmp');
}

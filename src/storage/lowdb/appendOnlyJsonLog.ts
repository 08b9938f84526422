/**
 * A file of JSON records, one per line, that only ever grows: a write costs
 * the records it adds, not the whole file (a JSON document rewritten per
 * change costs its full size each time, which made thousands of records
 * written one after another quadratic). Appends that arrive while one is in
 * flight are written together. A crash can leave at most a torn last line
 * (no newline): it is dropped, and cut off before the next append. Any other
 * line that is not a valid record means the file is damaged, and opening fails.
 */
import { appendFile, readFile, rename, truncate, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CorruptStoreFileError } from '../storageErrors.js';
import { GroupCommit, type Submitted } from './groupCommit.js';
import type { ShapeCheck } from './validatedJsonFile.js';

export class AppendOnlyJsonLog<T> {
  readonly #appends = new GroupCommit<string>((batch) => this.#write(batch));
  /** Bytes of whole records in the file. */
  #size = 0;
  /** The file may hold bytes past #size (a torn line, a failed append): cut off before the next append. */
  #torn = false;

  constructor(
    readonly filePath: string,
    private readonly problemOf: ShapeCheck,
  ) {}

  /** Every record in the file, oldest first; undefined when there is no file. */
  async load(): Promise<T[] | undefined> {
    let text: string;
    try {
      text = await readFile(this.filePath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    const complete = text.lastIndexOf('\n') + 1;
    this.#size = Buffer.byteLength(text.slice(0, complete));
    this.#torn = complete < text.length;
    const records: T[] = [];
    const lines = text.slice(0, complete).split('\n');
    lines.pop(); // after the last newline
    lines.forEach((line, index) => {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new CorruptStoreFileError(this.filePath, `line ${index + 1} is not valid JSON`);
      }
      const problem = this.problemOf(value);
      if (problem !== undefined) throw new CorruptStoreFileError(this.filePath, `line ${index + 1}: ${problem}`);
      records.push(value as T);
    });
    return records;
  }

  /** Writes a whole new file (temp file, then rename): how a log is first created from older data. */
  async replaceWith(records: readonly T[]): Promise<void> {
    const temp = join(dirname(this.filePath), `.${basename(this.filePath)}.tmp`);
    const text = records.map((r) => `${JSON.stringify(r)}\n`).join('');
    await writeFile(temp, text);
    await rename(temp, this.filePath);
    this.#size = Buffer.byteLength(text);
    this.#torn = false;
  }

  /** Resolves once the record is in the file; appends arriving meanwhile share one write. */
  append(record: T): Promise<void> {
    return this.#appends.submit(`${JSON.stringify(record)}\n`);
  }

  /** Waits for appends in flight. */
  close(): Promise<void> {
    return this.#appends.idle();
  }

  async #write(batch: readonly Submitted<string>[]): Promise<void> {
    const text = batch.map((a) => a.entry).join('');
    try {
      if (this.#torn) {
        await truncate(this.filePath, this.#size).catch((error: unknown) => {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        });
        this.#torn = false;
      }
      await appendFile(this.filePath, text);
      this.#size += Buffer.byteLength(text);
      for (const append of batch) append.resolve();
    } catch (error) {
      this.#torn = true; // part of the batch may be in the file
      for (const append of batch) append.reject(error);
    }
  }
}

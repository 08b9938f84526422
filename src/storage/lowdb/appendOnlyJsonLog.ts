/**
 * A file of JSON records, one per line, that only ever grows: a write costs
 * the records it adds, not the whole file (a JSON document rewritten per
 * change costs its full size each time, which made thousands of records
 * written one after another quadratic). Appends that arrive while a write is
 * in flight (a rewrite) are written together. A crash can leave at most a torn last line
 * (no newline): it is dropped, and cut off before the next append. Any other
 * line that is not a valid record means the file is damaged, and opening fails.
 * Records that are no longer needed are dropped by rewriting the file (a new
 * file, then rename: a crash leaves the old file or the new one, whole), in
 * turn with the appends, so none is lost.
 */
import { appendFileSync } from 'node:fs';
import { readFile, rename, truncate, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CorruptStoreFileError } from '../storageErrors.js';
import { GroupCommit, type Submitted } from './groupCommit.js';
import type { ShapeCheck } from './validatedJsonFile.js';

/** What the write queue holds: a line to append, or a rewrite keeping the records `keep` accepts. */
type LogWrite<T> = { readonly line: string } | { readonly keep: (record: T) => boolean };

export class AppendOnlyJsonLog<T> {
  readonly #writes = new GroupCommit<LogWrite<T>>((batch) => this.#write(batch));
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
    return this.#parse(text.slice(0, complete)).map((r) => r.record);
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
    return this.#writes.submit({ line: `${JSON.stringify(record)}\n` });
  }

  /**
   * Rewrites the file with only the records `keep` accepts: every append
   * made before this call is in what it filters, every one after it follows.
   */
  rewrite(keep: (record: T) => boolean): Promise<void> {
    return this.#writes.submit({ keep });
  }

  /** Waits for writes in flight. */
  close(): Promise<void> {
    return this.#writes.idle();
  }

  /** In submission order: runs of appends share one write; a rewrite stands alone. */
  async #write(batch: readonly Submitted<LogWrite<T>>[]): Promise<void> {
    let start = 0;
    while (start < batch.length) {
      const first = batch[start]!;
      if ('keep' in first.entry) {
        await this.#rewrite(first.entry.keep).then(first.resolve, first.reject);
        start++;
        continue;
      }
      let end = start;
      while (end < batch.length && 'line' in batch[end]!.entry) end++;
      await this.#append(batch.slice(start, end));
      start = end;
    }
  }

  async #rewrite(keep: (record: T) => boolean): Promise<void> {
    let file: Buffer;
    try {
      file = await readFile(this.filePath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    // What a failed append or a crash left past the whole records is left out, as the next append would cut it off.
    const text = (this.#torn ? file.subarray(0, this.#size) : file).toString('utf8');
    const kept = this.#parse(text.slice(0, text.lastIndexOf('\n') + 1)).filter((r) => keep(r.record));
    const temp = join(dirname(this.filePath), `.${basename(this.filePath)}.tmp`);
    const next = kept.map((r) => `${r.line}\n`).join('');
    await writeFile(temp, next);
    await rename(temp, this.filePath);
    this.#size = Buffer.byteLength(next);
    this.#torn = false;
  }

  #parse(complete: string): Array<{ line: string; record: T }> {
    const lines = complete.split('\n');
    lines.pop(); // after the last newline
    return lines.map((line, index) => {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new CorruptStoreFileError(this.filePath, `line ${index + 1} is not valid JSON`);
      }
      const problem = this.problemOf(value);
      if (problem !== undefined) throw new CorruptStoreFileError(this.filePath, `line ${index + 1}: ${problem}`);
      return { line, record: value as T };
    });
  }

  async #append(batch: readonly Submitted<LogWrite<T>>[]): Promise<void> {
    const text = batch.map((a) => ('line' in a.entry ? a.entry.line : '')).join('');
    try {
      if (this.#torn) {
        await truncate(this.filePath, this.#size).catch((error: unknown) => {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        });
        this.#torn = false;
      }
      // One synchronous call: a few short lines cost the kernel microseconds, less than the
      // open, write and close round trips (each with its promise) of an asynchronous append.
      appendFileSync(this.filePath, text);
      this.#size += Buffer.byteLength(text);
      for (const append of batch) append.resolve();
    } catch (error) {
      this.#torn = true; // part of the batch may be in the file
      for (const append of batch) append.reject(error);
    }
  }
}

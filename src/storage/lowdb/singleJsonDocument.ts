/**
 * One small lowdb JSON document (an index, the outbox): loaded once, changed
 * with group commit — changes that arrive while a write is in flight are
 * applied together and written once, so many concurrent turns cost one file
 * write, not one each. A change resolves only after the write that holds it;
 * if that write fails, memory is rolled back and every change in it rejects.
 */
import type { Low } from 'lowdb';
import { GroupCommit, type Submitted } from './groupCommit.js';
import { LoadOnce } from './loadOnce.js';
import { openValidatedJsonFile, type ShapeCheck } from './validatedJsonFile.js';

/** Returns the new document, or undefined when it changes nothing. */
type Change<T> = (current: T) => T | undefined;

export class SingleJsonDocument<T> {
  readonly #db: Low<T>;
  readonly #loaded = new LoadOnce(() => this.#db.read());
  readonly #changes = new GroupCommit<Change<T>>((batch) => this.#commit(batch));

  constructor(filePath: string, defaultData: T, problemOf: ShapeCheck) {
    this.#db = openValidatedJsonFile<T>(filePath, defaultData, problemOf);
  }

  async read(): Promise<T> {
    await this.#loaded.done();
    return this.#db.data;
  }

  /** `next` returns the new document, or undefined when it changes nothing. */
  change(next: Change<T>): Promise<void> {
    return this.#changes.submit(next);
  }

  /** Waits for writes in flight. */
  close(): Promise<void> {
    return this.#changes.idle();
  }

  async #commit(batch: readonly Submitted<Change<T>>[]): Promise<void> {
    let previous: T;
    try {
      previous = await this.read();
    } catch (error) {
      for (const change of batch) change.reject(error);
      return;
    }
    let data = previous;
    let changed = false;
    for (const change of batch) {
      const updated = change.entry(data);
      if (updated !== undefined) {
        data = updated;
        changed = true;
      }
    }
    try {
      if (changed) {
        this.#db.data = data;
        await this.#db.write();
      }
      for (const change of batch) change.resolve();
    } catch (error) {
      this.#db.data = previous;
      for (const change of batch) change.reject(error);
    }
  }
}

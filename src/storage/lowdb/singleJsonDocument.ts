/**
 * One small lowdb JSON document (an index, the outbox): loaded once, changed
 * with group commit — changes that arrive while a write is in flight are
 * applied together and written once, so many concurrent turns cost one file
 * write, not one each. A change resolves only after the write that holds it;
 * if that write fails, memory is rolled back and every change in it rejects.
 */
import type { Low } from 'lowdb';
import { openValidatedJsonFile, type ShapeCheck } from './validatedJsonFile.js';

interface QueuedChange<T> {
  readonly next: (current: T) => T | undefined;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

export class SingleJsonDocument<T> {
  readonly #db: Low<T>;
  #loaded: Promise<void> | undefined;
  #queue: QueuedChange<T>[] = [];
  #flushing: Promise<void> | undefined;

  constructor(filePath: string, defaultData: T, problemOf: ShapeCheck) {
    this.#db = openValidatedJsonFile<T>(filePath, defaultData, problemOf);
  }

  async read(): Promise<T> {
    // A failed load (corrupt file) is retried next time rather than remembered.
    this.#loaded ??= this.#db.read().catch((error: unknown) => {
      this.#loaded = undefined;
      throw error;
    });
    await this.#loaded;
    return this.#db.data;
  }

  /** `next` returns the new document, or undefined when it changes nothing. */
  change(next: (current: T) => T | undefined): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.#queue.push({ next, resolve, reject });
      this.#flushing ??= this.#flush();
    });
  }

  /** Waits for writes in flight. */
  async close(): Promise<void> {
    while (this.#flushing) await this.#flushing;
  }

  async #flush(): Promise<void> {
    try {
      while (this.#queue.length > 0) {
        const batch = this.#queue;
        this.#queue = [];
        await this.#commit(batch);
      }
    } finally {
      this.#flushing = undefined;
    }
  }

  async #commit(batch: readonly QueuedChange<T>[]): Promise<void> {
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
      const updated = change.next(data);
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

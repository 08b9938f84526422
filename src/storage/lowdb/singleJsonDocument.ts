/**
 * One small lowdb JSON document (an index, the outbox, the helpdesk channel):
 * loaded once, changed under a lock, with the in-memory copy rolled back if a
 * write fails so memory never claims what the disk does not hold.
 */
import type { Low } from 'lowdb';
import { KeyedMutex } from './keyedMutex.js';
import { openValidatedJsonFile, type ShapeCheck } from './validatedJsonFile.js';

export class SingleJsonDocument<T> {
  readonly #db: Low<T>;
  readonly #lock = new KeyedMutex();
  #loaded: Promise<void> | undefined;

  constructor(filePath: string, defaultData: T, problemOf: ShapeCheck) {
    this.#db = openValidatedJsonFile<T>(filePath, defaultData, problemOf);
  }

  async read(): Promise<T> {
    this.#loaded ??= this.#db.read();
    await this.#loaded;
    return this.#db.data;
  }

  /** `next` returns the new document, or undefined when nothing changes (no write). */
  change(next: (current: T) => T | undefined): Promise<void> {
    return this.#lock.run('document', async () => {
      const previous = await this.read();
      const updated = next(previous);
      if (updated === undefined) return;
      this.#db.data = updated;
      try {
        await this.#db.write();
      } catch (error) {
        this.#db.data = previous;
        throw error;
      }
    });
  }

  /** Waits for writes in flight. */
  close(): Promise<void> {
    return this.#lock.idle();
  }
}

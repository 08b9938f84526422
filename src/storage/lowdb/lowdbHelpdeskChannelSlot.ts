/**
 * The helpdesk channel reference in its own small file, so saving it never
 * rewrites a company's data and reading it never loads one.
 */
import type { Low } from 'lowdb';
import type { StoredReference } from '../../domain/repositories.js';
import type { HelpdeskChannelSlot } from '../companyDataSource.js';
import { StoreClosedError } from '../storageErrors.js';
import { KeyedMutex } from './keyedMutex.js';
import { openValidatedJsonFile } from './validatedJsonFile.js';

interface HelpdeskChannelFile {
  readonly version: 1;
  readonly reference: StoredReference | null;
}

function helpdeskFileProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const { version, reference } = value as Record<string, unknown>;
  if (version !== 1) return `unsupported version ${JSON.stringify(version)}`;
  if (reference !== null && (typeof reference !== 'object' || Array.isArray(reference))) return 'reference is not an object';
  return undefined;
}

export class LowdbHelpdeskChannelSlot implements HelpdeskChannelSlot {
  readonly #db: Low<HelpdeskChannelFile>;
  readonly #lock = new KeyedMutex();
  #loaded: Promise<void> | undefined;
  #closed = false;

  constructor(readonly filePath: string) {
    this.#db = openValidatedJsonFile<HelpdeskChannelFile>(filePath, { version: 1, reference: null }, helpdeskFileProblem);
  }

  async get(): Promise<StoredReference | undefined> {
    this.#assertOpen();
    await this.#load();
    return this.#db.data.reference ?? undefined;
  }

  async set(reference: StoredReference): Promise<void> {
    this.#assertOpen();
    await this.#lock.run('helpdesk', async () => {
      await this.#load();
      const previous = this.#db.data;
      this.#db.data = { version: 1, reference };
      try {
        await this.#db.write();
      } catch (error) {
        this.#db.data = previous;
        throw error;
      }
    });
  }

  /** Waits for a pending write, then refuses further use (the directory lock is about to go). */
  async close(): Promise<void> {
    this.#closed = true;
    await this.#lock.idle();
  }

  #assertOpen(): void {
    if (this.#closed) throw new StoreClosedError();
  }

  #load(): Promise<void> {
    // A failed load (corrupt file) is retried next time rather than remembered.
    this.#loaded ??= this.#db.read().catch((error: unknown) => {
      this.#loaded = undefined;
      throw error;
    });
    return this.#loaded;
  }
}

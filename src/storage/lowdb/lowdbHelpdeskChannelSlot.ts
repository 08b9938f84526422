/**
 * The helpdesk channel reference in its own small file, so saving it never
 * rewrites a company's data and reading it never loads one.
 */
import type { StoredReference } from '../../domain/repositories.js';
import type { HelpdeskChannelSlot } from '../companyDataSource.js';
import { StoreClosedError } from '../storageErrors.js';
import { SingleJsonDocument } from './singleJsonDocument.js';

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
  readonly #file: SingleJsonDocument<HelpdeskChannelFile>;
  #closed = false;

  constructor(readonly filePath: string) {
    this.#file = new SingleJsonDocument<HelpdeskChannelFile>(filePath, { version: 1, reference: null }, helpdeskFileProblem);
  }

  async get(): Promise<StoredReference | undefined> {
    this.#assertOpen();
    return (await this.#file.read()).reference ?? undefined;
  }

  async set(reference: StoredReference): Promise<void> {
    this.#assertOpen();
    await this.#file.change(() => ({ version: 1, reference }));
  }

  /** Waits for a pending write, then refuses further use (the directory lock is about to go). */
  async close(): Promise<void> {
    this.#closed = true;
    await this.#file.close();
  }

  #assertOpen(): void {
    if (this.#closed) throw new StoreClosedError();
  }
}

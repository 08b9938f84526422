/**
 * TenantSet in its own small lowdb file: a write costs the size of the set
 * (the companies with something pending), never the whole store.
 */
import type { Low } from 'lowdb';
import type { TenantSet } from '../tenantSet.js';
import { KeyedMutex } from './keyedMutex.js';
import { openValidatedJsonFile } from './validatedJsonFile.js';

interface TenantSetFile {
  readonly version: 1;
  readonly tenants: string[];
}

function problem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const { version, tenants } = value as Record<string, unknown>;
  if (version !== 1) return `unsupported version ${JSON.stringify(version)}`;
  if (!Array.isArray(tenants) || tenants.some((t) => typeof t !== 'string')) return 'tenants is not a list of strings';
  return undefined;
}

export class LowdbTenantSet implements TenantSet {
  readonly #db: Low<TenantSetFile>;
  readonly #lock = new KeyedMutex();
  #loaded: Promise<void> | undefined;

  constructor(filePath: string) {
    this.#db = openValidatedJsonFile<TenantSetFile>(filePath, { version: 1, tenants: [] }, problem);
  }

  add(tenantId: string): Promise<void> {
    return this.#change((tenants) => (tenants.includes(tenantId) ? undefined : [...tenants, tenantId]));
  }

  remove(tenantId: string): Promise<void> {
    return this.#change((tenants) => (tenants.includes(tenantId) ? tenants.filter((t) => t !== tenantId) : undefined));
  }

  async list(): Promise<string[]> {
    await this.#load();
    return [...this.#db.data.tenants];
  }

  async close(): Promise<void> {
    await this.#lock.idle();
  }

  #load(): Promise<void> {
    this.#loaded ??= this.#db.read();
    return this.#loaded;
  }

  /** `next` returns the new list, or undefined when nothing changes (no write). */
  #change(next: (tenants: readonly string[]) => string[] | undefined): Promise<void> {
    return this.#lock.run('set', async () => {
      await this.#load();
      const tenants = next(this.#db.data.tenants);
      if (!tenants) return;
      const previous = this.#db.data;
      this.#db.data = { version: 1, tenants };
      try {
        await this.#db.write();
      } catch (error) {
        this.#db.data = previous;
        throw error;
      }
    });
  }
}

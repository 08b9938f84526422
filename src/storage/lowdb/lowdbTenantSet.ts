/**
 * TenantSet in its own small lowdb file: a write costs the size of the set
 * (the companies with something pending), never the whole store.
 */
import type { TenantSet } from '../tenantSet.js';
import { SingleJsonDocument } from './singleJsonDocument.js';

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
  readonly #file: SingleJsonDocument<TenantSetFile>;

  constructor(filePath: string) {
    this.#file = new SingleJsonDocument<TenantSetFile>(filePath, { version: 1, tenants: [] }, problem);
  }

  add(tenantId: string): Promise<void> {
    return this.#file.change(({ tenants }) => (tenants.includes(tenantId) ? undefined : { version: 1, tenants: [...tenants, tenantId] }));
  }

  remove(tenantId: string): Promise<void> {
    return this.#file.change(({ tenants }) => (tenants.includes(tenantId) ? { version: 1, tenants: tenants.filter((t) => t !== tenantId) } : undefined));
  }

  async list(): Promise<string[]> {
    return [...(await this.#file.read()).tenants];
  }

  close(): Promise<void> {
    return this.#file.close();
  }
}

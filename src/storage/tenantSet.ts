/**
 * A small persistent set of tenant ids, used as an index ("companies that may
 * have a pending activation request") so nobody has to open every company
 * file to find the few that matter. It may hold more tenants than needed —
 * readers re-check the company — but never fewer: tenants are added before
 * the company write and removed only after it.
 */
export interface TenantSet {
  add(tenantId: string): Promise<void>;
  remove(tenantId: string): Promise<void>;
  list(): Promise<string[]>;
  close(): Promise<void>;
}

export class MemoryTenantSet implements TenantSet {
  readonly #tenants = new Set<string>();
  async add(tenantId: string): Promise<void> {
    this.#tenants.add(tenantId);
  }
  async remove(tenantId: string): Promise<void> {
    this.#tenants.delete(tenantId);
  }
  async list(): Promise<string[]> {
    return [...this.#tenants];
  }
  async close(): Promise<void> {}
}

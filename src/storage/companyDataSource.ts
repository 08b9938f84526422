/**
 * The seam between the repositories (written once) and where company data
 * lives (a lowdb file per company, or memory). A source guarantees that
 * updates of one company never interleave, which is what makes
 * read-modify-write and createOnce safe.
 */
import type { StoredReference } from '../domain/repositories.js';
import type { CompanyData } from './companyData.js';

/** What an update function returns: `changed: false` skips the write entirely. */
export interface UpdateOutcome<T> {
  readonly result: T;
  readonly changed: boolean;
}

export interface CompanyDataSource {
  /**
   * The company's current data, or an empty CompanyData when it has none.
   * Callers must treat it as read-only and copy what they hand out.
   */
  read(tenantId: string): Promise<Readonly<CompanyData>>;
  /**
   * Runs `change` on a private draft under the company's lock, then persists
   * the draft if `changed`. If persisting fails, nothing is kept.
   */
  update<T>(tenantId: string, change: (draft: CompanyData) => UpdateOutcome<T>): Promise<T>;
  /** True when no company has any data. */
  isEmpty(): Promise<boolean>;
  /** The tenants that have data, in no particular order. */
  tenantIds(): Promise<string[]>;
}

/** The single helpdesk channel reference, kept apart from any company. */
export interface HelpdeskChannelSlot {
  get(): Promise<StoredReference | undefined>;
  set(reference: StoredReference): Promise<void>;
}

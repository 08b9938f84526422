/**
 * The in-memory store for unit tests: same repositories and semantics as the
 * lowdb store (copies, createOnce, per-company isolation), no files.
 */
import type { StoredReference } from '../../domain/repositories.js';
import { copyOf, emptyCompanyData, hasAnyRecord, type CompanyData } from '../companyData.js';
import type { CompanyDataSource, HelpdeskChannelSlot, UpdateOutcome } from '../companyDataSource.js';
import { createRepositories } from '../repositoriesOverCompanyData.js';
import type { Store } from '../store.js';
import { MemoryTenantSet } from '../tenantSet.js';
import { MemoryOutbox } from '../outbox.js';
import { StoreClosedError } from '../storageErrors.js';
import { MemoryTicketRepository } from '../tickets/memoryTicketRepository.js';
import { MemoryEventMarkers } from '../insights/eventMarkers.js';
import { MemoryReminderPreferences } from '../insights/reminderPreferences.js';
import { MemoryUnansweredQuestions } from '../insights/unansweredQuestions.js';
import { processSharedState } from './processSharedState.js';

class MemoryCompanySource implements CompanyDataSource {
  readonly #companies = new Map<string, CompanyData>();
  closed = false;

  async read(tenantId: string): Promise<Readonly<CompanyData>> {
    this.#assertOpen();
    return this.#companies.get(tenantId) ?? emptyCompanyData(tenantId);
  }

  // Synchronous between the read and the commit, so updates of a company cannot interleave.
  async update<T>(tenantId: string, change: (draft: CompanyData) => UpdateOutcome<T>): Promise<T> {
    this.#assertOpen();
    const draft = copyOf(this.#companies.get(tenantId) ?? emptyCompanyData(tenantId));
    const { result, changed } = change(draft);
    if (changed) this.#companies.set(tenantId, draft);
    return result;
  }

  async isEmpty(): Promise<boolean> {
    this.#assertOpen();
    return ![...this.#companies.values()].some(hasAnyRecord);
  }

  async tenantIds(): Promise<string[]> {
    this.#assertOpen();
    return [...this.#companies].filter(([, data]) => hasAnyRecord(data)).map(([tenantId]) => tenantId);
  }

  #assertOpen(): void {
    if (this.closed) throw new StoreClosedError();
  }
}

class MemoryHelpdeskChannelSlot implements HelpdeskChannelSlot {
  #reference: StoredReference | undefined;

  constructor(private readonly source: MemoryCompanySource) {}

  async get(): Promise<StoredReference | undefined> {
    if (this.source.closed) throw new StoreClosedError();
    return this.#reference;
  }

  async set(reference: StoredReference): Promise<void> {
    if (this.source.closed) throw new StoreClosedError();
    this.#reference = reference;
  }
}

export function createMemoryStore(): Store {
  const source = new MemoryCompanySource();
  return {
    ...createRepositories(source, new MemoryHelpdeskChannelSlot(source), new MemoryTenantSet()),
    tickets: new MemoryTicketRepository(() => source.closed),
    outbox: new MemoryOutbox(),
    markers: new MemoryEventMarkers(),
    reminderPreferences: new MemoryReminderPreferences(),
    unansweredQuestions: new MemoryUnansweredQuestions(),
    ...processSharedState(),
    isEmpty: () => source.isEmpty(),
    async close() {
      source.closed = true;
    },
  };
}

/**
 * Tells listeners which company's contracts just changed in this process (a
 * link, an activation, an import through the repositories), so reminders are
 * checked for that company at once instead of at the next scan. Changes made
 * by another process are picked up by the periodic scan.
 */
import type { ContractRepository } from '../domain/repositories.js';

export type ContractChangeListener = (tenantId: string) => void;

export class ContractChangeFeed {
  readonly #listeners = new Set<ContractChangeListener>();

  subscribe(listener: ContractChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  notify(tenantId: string): void {
    for (const listener of this.#listeners) listener(tenantId);
  }

  /** The repository with every successful save or removal reported to the feed. */
  observe(contracts: ContractRepository): ContractRepository {
    return {
      listByTenant: (tenantId) => contracts.listByTenant(tenantId),
      findByIds: (tenantId, accessId, contractId) => contracts.findByIds(tenantId, accessId, contractId),
      save: async (contract) => {
        await contracts.save(contract);
        this.notify(contract.tenantId);
      },
      remove: async (tenantId, id) => {
        await contracts.remove(tenantId, id);
        this.notify(tenantId);
      },
    };
  }
}

import type { CompanyImportRepository, CompanyRecordsChange } from '../domain/repositories.js';
import { copyOf, removeWhere, upsertBy } from './companyData.js';
import type { CompanyDataSource } from './companyDataSource.js';

/** A company's whole import in one update of its data: one file write for lowdb. */
export function createCompanyImportRepository(source: CompanyDataSource): CompanyImportRepository {
  return {
    async apply(change: CompanyRecordsChange): Promise<void> {
      const stored = copyOf(change);
      await source.update(change.company.tenantId, (draft) => {
        draft.company = stored.company;
        for (const person of stored.savePeople) upsertBy(draft.people, person, (a, b) => a.aadObjectId === b.aadObjectId);
        for (const contract of stored.saveContracts) upsertBy(draft.contracts, contract, (a, b) => a.id === b.id);
        for (const customer of stored.saveCustomers) upsertBy(draft.customers, customer, (a, b) => a.id === b.id);
        removeWhere(draft.people, (p) => stored.removePeople.includes(p.aadObjectId));
        removeWhere(draft.contracts, (c) => stored.removeContracts.includes(c.id));
        removeWhere(draft.customers, (c) => stored.removeCustomers.includes(c.id));
        return { result: undefined, changed: true };
      });
    },
  };
}

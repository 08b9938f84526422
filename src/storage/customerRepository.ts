import type { CspCustomer } from '../domain/model.js';
import type { CustomerRepository } from '../domain/repositories.js';
import { copyOf, removeWhere, upsertBy } from './companyData.js';
import type { CompanyDataSource } from './companyDataSource.js';

export function createCustomerRepository(source: CompanyDataSource): CustomerRepository {
  return {
    async listByTenant(tenantId: string): Promise<CspCustomer[]> {
      return copyOf((await source.read(tenantId)).customers);
    },

    async save(customer: CspCustomer): Promise<void> {
      const stored = copyOf(customer);
      await source.update(customer.tenantId, (draft) => {
        upsertBy(draft.customers, stored, (a, b) => a.id === b.id);
        return { result: undefined, changed: true };
      });
    },

    async remove(tenantId: string, id: string): Promise<void> {
      await source.update(tenantId, (draft) => ({ result: undefined, changed: removeWhere(draft.customers, (item) => item.id === id) }));
    },
  };
}

import type { Contract } from '../domain/model.js';
import type { ContractRepository } from '../domain/repositories.js';
import { copyOf, removeWhere, upsertBy } from './companyData.js';
import type { CompanyDataSource } from './companyDataSource.js';

export function createContractRepository(source: CompanyDataSource): ContractRepository {
  return {
    async listByTenant(tenantId: string): Promise<Contract[]> {
      return copyOf((await source.read(tenantId)).contracts);
    },

    // Reads only the asking company's data, so another company's ids are "not found".
    async findByIds(tenantId: string, accessId: string, contractId: string): Promise<Contract | undefined> {
      const { contracts } = await source.read(tenantId);
      const contract = contracts.find((c) => c.accessId === accessId && c.contractId === contractId);
      return contract && copyOf(contract);
    },

    async save(contract: Contract): Promise<void> {
      const stored = copyOf(contract);
      await source.update(contract.tenantId, (draft) => {
        upsertBy(draft.contracts, stored, (a, b) => a.id === b.id);
        return { result: undefined, changed: true };
      });
    },

    async remove(tenantId: string, id: string): Promise<void> {
      await source.update(tenantId, (draft) => ({ result: undefined, changed: removeWhere(draft.contracts, (item) => item.id === id) }));
    },
  };
}

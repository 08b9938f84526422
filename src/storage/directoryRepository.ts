import type { Company, Person } from '../domain/model.js';
import type { DirectoryRepository } from '../domain/repositories.js';
import { copyOf, removeWhere, upsertBy } from './companyData.js';
import type { CompanyDataSource } from './companyDataSource.js';

export function createDirectoryRepository(source: CompanyDataSource): DirectoryRepository {
  return {
    async findCompany(tenantId: string): Promise<Company | undefined> {
      const { company } = await source.read(tenantId);
      return company === null ? undefined : copyOf(company);
    },

    async findPerson(tenantId: string, aadObjectId: string): Promise<Person | undefined> {
      const { people } = await source.read(tenantId);
      const person = people.find((p) => p.aadObjectId === aadObjectId);
      return person && copyOf(person);
    },

    async listPeople(tenantId: string): Promise<Person[]> {
      return copyOf((await source.read(tenantId)).people);
    },

    listTenantIds: () => source.tenantIds(),

    async saveCompany(company: Company): Promise<void> {
      const stored = copyOf(company);
      await source.update(company.tenantId, (draft) => {
        draft.company = stored;
        return { result: undefined, changed: true };
      });
    },

    async savePerson(person: Person): Promise<void> {
      const stored = copyOf(person);
      await source.update(person.tenantId, (draft) => {
        upsertBy(draft.people, stored, (a, b) => a.aadObjectId === b.aadObjectId);
        return { result: undefined, changed: true };
      });
    },

    async removePerson(tenantId: string, aadObjectId: string): Promise<void> {
      await source.update(tenantId, (draft) => ({ result: undefined, changed: removeWhere(draft.people, (p) => p.aadObjectId === aadObjectId) }));
    },
  };
}

/**
 * A company's import in one transaction: its profile, people, contracts and
 * customers change together or not at all, and replicas answering meanwhile
 * see the company as it was until the commit.
 */
import type { CompanyImportRepository, CompanyRecordsChange } from '../../domain/repositories.js';
import type { PgDatabase } from './pgDatabase.js';
import { customerParams, personParams, REMOVE_CONTRACT, REMOVE_CUSTOMER, REMOVE_PERSON, SAVE_COMPANY, SAVE_CONTRACT, SAVE_CUSTOMER, SAVE_PERSON } from './pgDirectory.js';
import { companyParams, contractParams } from './pgRows.js';

export function pgCompanyImportRepository(db: PgDatabase): CompanyImportRepository {
  return {
    apply(change: CompanyRecordsChange): Promise<void> {
      const tenantId = change.company.tenantId;
      return db.transaction(async (client) => {
        await client.query(SAVE_COMPANY, companyParams(change.company));
        for (const aadObjectId of change.removePeople) await client.query(REMOVE_PERSON, [tenantId, aadObjectId]);
        for (const id of change.removeContracts) await client.query(REMOVE_CONTRACT, [tenantId, id]);
        for (const id of change.removeCustomers) await client.query(REMOVE_CUSTOMER, [tenantId, id]);
        for (const person of change.savePeople) await client.query(SAVE_PERSON, personParams(person));
        for (const contract of change.saveContracts) await client.query(SAVE_CONTRACT, contractParams(contract));
        for (const customer of change.saveCustomers) await client.query(SAVE_CUSTOMER, customerParams(customer));
      });
    },
  };
}

/** Companies, people, contracts and CSP customers in their own tables: a write touches one row. */
import type { Company, Contract, CspCustomer, Person } from '../../domain/model.js';
import type { ContractRepository, CustomerRepository, DirectoryRepository } from '../../domain/repositories.js';
import { ENSURE_TENANT, type PgDatabase } from './pgDatabase.js';
import { companyOf, companyParams, contractOf, contractParams, customerOf, personOf, type CompanyRow, type ContractRow, type CustomerRow, type PersonRow } from './pgRows.js';

const CONTRACT_COLUMNS = 'tenant_id, id, benefit, cloud_package, incidents_total, incidents_remaining, start_date, end_date, access_id, contract_id, associations';

/** The statements that write one record; shared with the company import's transaction. */
export const SAVE_COMPANY = `INSERT INTO companies (tenant_id, name, offers, csp, activation_status, activation_requested_by, activation_requested_at, activated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (tenant_id) DO UPDATE SET name = EXCLUDED.name, offers = EXCLUDED.offers, csp = EXCLUDED.csp,
           activation_status = EXCLUDED.activation_status, activation_requested_by = EXCLUDED.activation_requested_by,
           activation_requested_at = EXCLUDED.activation_requested_at, activated_at = EXCLUDED.activated_at, updated_at = now()`;
export const SAVE_PERSON = `WITH tenant AS (${ENSURE_TENANT})
         INSERT INTO people (tenant_id, aad_object_id, name, roles, mpn, csp) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (tenant_id, aad_object_id) DO UPDATE SET name = EXCLUDED.name, roles = EXCLUDED.roles, mpn = EXCLUDED.mpn, csp = EXCLUDED.csp`;
export const SAVE_CONTRACT = `WITH tenant AS (${ENSURE_TENANT})
         INSERT INTO contracts (${CONTRACT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT (tenant_id, id) DO UPDATE SET benefit = EXCLUDED.benefit, cloud_package = EXCLUDED.cloud_package,
           incidents_total = EXCLUDED.incidents_total, incidents_remaining = EXCLUDED.incidents_remaining, start_date = EXCLUDED.start_date,
           end_date = EXCLUDED.end_date, access_id = EXCLUDED.access_id, contract_id = EXCLUDED.contract_id, associations = EXCLUDED.associations`;
export const SAVE_CUSTOMER = `WITH tenant AS (${ENSURE_TENANT})
         INSERT INTO customers (tenant_id, id, name) VALUES ($1, $2, $3) ON CONFLICT (tenant_id, id) DO UPDATE SET name = EXCLUDED.name`;
export const REMOVE_PERSON = 'DELETE FROM people WHERE tenant_id = $1 AND aad_object_id = $2';
export const REMOVE_CONTRACT = 'DELETE FROM contracts WHERE tenant_id = $1 AND id = $2';
export const REMOVE_CUSTOMER = 'DELETE FROM customers WHERE tenant_id = $1 AND id = $2';

export function personParams(person: Person): unknown[] {
  return [person.tenantId, person.aadObjectId, person.name, [...person.roles], person.association.mpn, person.association.csp];
}

export function customerParams(customer: CspCustomer): unknown[] {
  return [customer.tenantId, customer.id, customer.name];
}

export function pgDirectoryRepository(db: PgDatabase): DirectoryRepository {
  return {
    async findCompany(tenantId: string): Promise<Company | undefined> {
      const [row] = await db.rows<CompanyRow>('SELECT * FROM companies WHERE tenant_id = $1 AND name IS NOT NULL', [tenantId]);
      return row && companyOf(row);
    },
    async findPerson(tenantId: string, aadObjectId: string): Promise<Person | undefined> {
      const [row] = await db.rows<PersonRow>('SELECT * FROM people WHERE tenant_id = $1 AND aad_object_id = $2', [tenantId, aadObjectId]);
      return row && personOf(row);
    },
    async listPeople(tenantId: string): Promise<Person[]> {
      return (await db.rows<PersonRow>('SELECT * FROM people WHERE tenant_id = $1 ORDER BY seq', [tenantId])).map(personOf);
    },
    async listTenantIds(): Promise<string[]> {
      return (await db.rows<{ tenant_id: string }>('SELECT tenant_id FROM companies ORDER BY tenant_id')).map((r) => r.tenant_id);
    },
    async saveCompany(company: Company): Promise<void> {
      await db.rows(
        SAVE_COMPANY,
        companyParams(company),
      );
    },
    async savePerson(person: Person): Promise<void> {
      await db.rows(
        SAVE_PERSON,
        personParams(person),
      );
    },
    async removePerson(tenantId: string, aadObjectId: string): Promise<void> {
      await db.rows(REMOVE_PERSON, [tenantId, aadObjectId]);
    },
  };
}

export function pgContractRepository(db: PgDatabase): ContractRepository {
  return {
    async listByTenant(tenantId: string): Promise<Contract[]> {
      return (await db.rows<ContractRow>(`SELECT ${CONTRACT_COLUMNS} FROM contracts WHERE tenant_id = $1 ORDER BY seq`, [tenantId])).map(contractOf);
    },
    // Filtered by tenant in SQL: another company's ids are "not found".
    async findByIds(tenantId: string, accessId: string, contractId: string): Promise<Contract | undefined> {
      const [row] = await db.rows<ContractRow>(`SELECT ${CONTRACT_COLUMNS} FROM contracts WHERE tenant_id = $1 AND access_id = $2 AND contract_id = $3 ORDER BY seq LIMIT 1`, [tenantId, accessId, contractId]);
      return row && contractOf(row);
    },
    async save(contract: Contract): Promise<void> {
      await db.rows(
        SAVE_CONTRACT,
        contractParams(contract),
      );
    },
    async remove(tenantId: string, id: string): Promise<void> {
      await db.rows(REMOVE_CONTRACT, [tenantId, id]);
    },
  };
}

export function pgCustomerRepository(db: PgDatabase): CustomerRepository {
  return {
    async listByTenant(tenantId: string): Promise<CspCustomer[]> {
      return (await db.rows<CustomerRow>('SELECT tenant_id, id, name FROM customers WHERE tenant_id = $1 ORDER BY seq', [tenantId])).map(customerOf);
    },
    async save(customer: CspCustomer): Promise<void> {
      await db.rows(
        SAVE_CUSTOMER,
        customerParams(customer),
      );
    },
    async remove(tenantId: string, id: string): Promise<void> {
      await db.rows(REMOVE_CUSTOMER, [tenantId, id]);
    },
  };
}

/** A company's import in one write, on the stores that offer it (lowdb, memory and PostgreSQL). */
import { lowdbStoreFactory, memoryStoreFactory, useFreshStore, type StoreFactory } from '../helpers/storeFactories.js';
import { postgresStoreFactory } from '../postgres/testDatabase.js';
import { aCompany, aContract, aCustomer, aPerson } from './sampleRecords.js';

describe.each<[string, StoreFactory]>([
  ['lowdb store', lowdbStoreFactory()],
  ['memory store', memoryStoreFactory],
  ['PostgreSQL store', postgresStoreFactory],
])('%s: company imports', (_name, factory) => {
  const freshStore = useFreshStore(factory);

  it('saves and removes a company’s records together, and touches no other company', async () => {
    const store = freshStore();
    await store.directory.saveCompany(aCompany());
    await store.directory.savePerson(aPerson({ aadObjectId: 'aad-leaving' }));
    await store.contracts.save(aContract({ id: 'contract-old' }));
    await store.customers.save(aCustomer({ id: 'customer-old' }));
    await store.directory.savePerson(aPerson({ tenantId: 'tenant-b', aadObjectId: 'aad-leaving' }));

    await store.companyImports!.apply({
      company: aCompany({ name: 'Renamed' }),
      savePeople: [aPerson({ aadObjectId: 'aad-new' })],
      saveContracts: [aContract({ id: 'contract-new', contractId: '1000000009' })],
      saveCustomers: [aCustomer({ id: 'customer-new' })],
      removePeople: ['aad-leaving'],
      removeContracts: ['contract-old'],
      removeCustomers: ['customer-old'],
    });

    expect((await store.directory.findCompany('tenant-a'))?.name).toBe('Renamed');
    expect((await store.directory.listPeople('tenant-a')).map((p) => p.aadObjectId)).toEqual(['aad-new']);
    expect((await store.contracts.listByTenant('tenant-a')).map((c) => c.id)).toEqual(['contract-new']);
    expect((await store.customers.listByTenant('tenant-a')).map((c) => c.id)).toEqual(['customer-new']);
    expect((await store.directory.listPeople('tenant-b')).map((p) => p.aadObjectId)).toEqual(['aad-leaving']);
  });
});

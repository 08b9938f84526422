/** The demo store must match the demo directory, relative to "today". */
import { buildDemoData, seedIfEmpty } from '../../src/storage/demoData.js';
import { lowdbStoreFactory, memoryStoreFactory, useFreshStore } from '../helpers/storeFactories.js';
import { aCompany } from './sampleRecords.js';

const today = '2025-06-15';

describe.each([
  ['memory', memoryStoreFactory],
  ['lowdb', lowdbStoreFactory()],
])('seedIfEmpty on the %s store', (_name, factory) => {
  const freshStore = useFreshStore(factory);

  it('seeds an empty store once and never again', async () => {
    await expect(seedIfEmpty(freshStore(), today)).resolves.toBe(true);
    await expect(seedIfEmpty(freshStore(), '2026-01-01')).resolves.toBe(false);
    const [onPremises] = await freshStore().contracts.listByTenant('tenant-contoso');
    expect(onPremises?.startDate).toBe('2025-02-15'); // from the first seed's "today"
  });

  it('leaves a store that already holds data alone', async () => {
    await freshStore().directory.saveCompany(aCompany());
    await expect(seedIfEmpty(freshStore(), today)).resolves.toBe(false);
    expect(await freshStore().directory.findCompany('tenant-contoso')).toBeUndefined();
  });

  it('gives Alice the Contoso contracts: on-premises 20/12 in Support for Business, cloud unlimited in Azure', async () => {
    await seedIfEmpty(freshStore(), today);
    const contracts = await freshStore().contracts.listByTenant('tenant-contoso');
    const onPremises = contracts.find((c) => c.benefit === 'productSupport');
    const cloud = contracts.find((c) => c.benefit === 'signatureCloudSupport');
    expect(onPremises).toMatchObject({ incidentsTotal: 20, incidentsRemaining: 12, startDate: '2025-02-15', endDate: '2026-02-15' });
    expect(onPremises?.associations).toEqual([expect.objectContaining({ aadObjectId: 'aad-alice', portal: 'supportForBusiness' })]);
    expect(cloud).toMatchObject({ cloudPackage: 'unlimited', incidentsTotal: null, incidentsRemaining: null, endDate: '2026-02-15' });
    expect(cloud?.associations).toEqual([expect.objectContaining({ aadObjectId: 'aad-alice', portal: 'azure' })]);
    expect(await freshStore().contracts.findByIds('tenant-contoso', onPremises!.accessId, onPremises!.contractId)).toEqual(onPremises);
  });

  it('gives Frank the Northwind contracts: on-premises 15/3 and a used-up 5pack', async () => {
    await seedIfEmpty(freshStore(), today);
    const contracts = await freshStore().contracts.listByTenant('tenant-northwind');
    expect(contracts.find((c) => c.benefit === 'productSupport')).toMatchObject({ incidentsTotal: 15, incidentsRemaining: 3, startDate: '2024-11-27', endDate: '2025-11-27' });
    const fivePack = contracts.find((c) => c.cloudPackage === '5pack');
    expect(fivePack).toMatchObject({ incidentsTotal: 5, incidentsRemaining: 0 });
    expect(fivePack?.associations.map((a) => [a.aadObjectId, a.portal])).toEqual([['aad-frank', 'azure']]);
  });

  it('has Wingtip pending, requested two days ago by Heidi', async () => {
    await seedIfEmpty(freshStore(), today);
    const wingtip = await freshStore().directory.findCompany('tenant-wingtip');
    expect(wingtip?.activation).toMatchObject({ status: 'pending', requestedBy: 'aad-heidi' });
    expect(wingtip?.activation.requestedAt?.slice(0, 10)).toBe('2025-06-13');
    expect(await freshStore().activationRequests.listByTenant('tenant-wingtip')).toEqual([expect.objectContaining({ status: 'pending', requestedBy: 'aad-heidi' })]);
  });

  it('knows the people by tenant and aadObjectId, with their roles and associations', async () => {
    await seedIfEmpty(freshStore(), today);
    expect(await freshStore().directory.findPerson('tenant-contoso', 'aad-carol')).toMatchObject({ name: 'Carol Díaz', roles: ['adminAgent'], association: { mpn: false, csp: true } });
    expect(await freshStore().directory.findPerson('tenant-contoso', 'aad-dave')).toMatchObject({ roles: [], association: { mpn: true, csp: false } });
    expect(await freshStore().directory.findPerson('tenant-helpdesk', 'aad-ivan')).toMatchObject({ roles: ['helpdeskAgent'] });
    expect(await freshStore().directory.findPerson('tenant-fabrikam', 'aad-alice')).toBeUndefined(); // both ids must match
    expect((await freshStore().directory.listPeople('tenant-contoso')).map((p) => p.aadObjectId)).toEqual(['aad-alice', 'aad-bob', 'aad-carol', 'aad-dave']);
  });

  it('lists the CSP customers of each CSP partner', async () => {
    await seedIfEmpty(freshStore(), today);
    const names = async (tenantId: string): Promise<string[]> => (await freshStore().customers.listByTenant(tenantId)).map((c) => c.name);
    expect(await names('tenant-contoso')).toEqual(['Adventure Works', 'Litware']);
    expect(await names('tenant-northwind')).toEqual(['Proseware', 'Adventure Works']);
    expect(await names('tenant-wingtip')).toEqual(['Litware', 'Fourth Coffee']);
    expect(await names('tenant-fabrikam')).toEqual([]);
  });
});

describe('buildDemoData', () => {
  it('describes the five partners and the helpdesk tenant', () => {
    const { companies } = buildDemoData(today);
    expect(companies.map((c) => [c.tenantId, c.activation.status, c.csp])).toEqual([
      ['tenant-contoso', 'activated', true],
      ['tenant-fabrikam', 'notActivated', false],
      ['tenant-northwind', 'activated', true],
      ['tenant-tailspin', 'notActivated', false],
      ['tenant-wingtip', 'pending', true],
      ['tenant-helpdesk', 'notActivated', false],
    ]);
    expect(companies.find((c) => c.tenantId === 'tenant-contoso')?.offers).toEqual([
      { level: 'gold', competency: 'cloudPlatform' },
      { level: 'silver', competency: 'dataAnalytics' },
    ]);
    expect(companies.find((c) => c.tenantId === 'tenant-fabrikam')?.offers).toEqual([{ level: 'actionPack' }]);
  });

  it('uses plausible, unique Access IDs and Contract IDs', () => {
    const { contracts } = buildDemoData(today);
    for (const c of contracts) {
      expect(c.accessId).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
      expect(c.contractId).toMatch(/^\d{10}$/);
    }
    expect(new Set(contracts.map((c) => c.accessId)).size).toBe(contracts.length);
  });

  it('refuses a "today" that is not an ISO date', () => {
    expect(() => buildDemoData('15/06/2025')).toThrow(RangeError);
  });
});

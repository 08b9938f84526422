/**
 * The behaviour every store must have, whatever keeps the data. Each
 * implementation's test file calls `describeRepositoryContract` with its factory.
 */
import { useFreshStore, type StoreFactory } from '../helpers/storeFactories.js';
import type { AccountAssociation, Role } from '../../src/domain/model.js';
import { aCompany, aContract, aCustomer, anActivationRequest, aPerson } from './sampleRecords.js';

export function describeRepositoryContract(name: string, factory: StoreFactory): void {
  describe(`${name}: repository contract`, () => {
    const freshStore = useFreshStore(factory);

    it('reports absence as undefined or empty, never by throwing', async () => {
      await expect(freshStore().directory.findCompany('nobody')).resolves.toBeUndefined();
      await expect(freshStore().directory.findPerson('nobody', 'aad-x')).resolves.toBeUndefined();
      await expect(freshStore().directory.listPeople('nobody')).resolves.toEqual([]);
      await expect(freshStore().contracts.listByTenant('nobody')).resolves.toEqual([]);
      await expect(freshStore().contracts.findByIds('nobody', 'a', 'c')).resolves.toBeUndefined();
      await expect(freshStore().customers.listByTenant('nobody')).resolves.toEqual([]);
      await expect(freshStore().activationRequests.find('nobody', 'r')).resolves.toBeUndefined();
      await expect(freshStore().activationRequests.listByTenant('nobody')).resolves.toEqual([]);
      await expect(freshStore().conversationReferences.findUserReference('nobody', 'aad-x')).resolves.toBeUndefined();
      await expect(freshStore().conversationReferences.findHelpdeskChannel()).resolves.toBeUndefined();
      await expect(freshStore().isEmpty()).resolves.toBe(true);
    });

    it('round-trips every kind of record and replaces by key', async () => {
      await freshStore().directory.saveCompany(aCompany());
      await freshStore().directory.savePerson(aPerson());
      await freshStore().directory.savePerson(aPerson({ aadObjectId: 'aad-2', name: 'Two' }));
      await freshStore().directory.savePerson(aPerson({ name: 'Renamed' }));
      await freshStore().contracts.save(aContract());
      await freshStore().contracts.save(aContract({ incidentsRemaining: 3 }));
      await freshStore().customers.save(aCustomer());
      await freshStore().activationRequests.save(anActivationRequest());
      await freshStore().activationRequests.save(anActivationRequest({ status: 'approved', decidedBy: 'aad-ivan' }));
      await freshStore().conversationReferences.saveUserReference('tenant-a', 'aad-1', { conversation: { id: 'c1' } });
      await freshStore().conversationReferences.saveHelpdeskChannel({ conversation: { id: 'helpdesk' } });

      expect(await freshStore().directory.findCompany('tenant-a')).toEqual(aCompany());
      expect(await freshStore().directory.findPerson('tenant-a', 'aad-1')).toEqual(aPerson({ name: 'Renamed' }));
      expect((await freshStore().directory.listPeople('tenant-a')).map((p) => p.aadObjectId)).toEqual(['aad-1', 'aad-2']);
      expect(await freshStore().contracts.listByTenant('tenant-a')).toEqual([aContract({ incidentsRemaining: 3 })]);
      expect(await freshStore().contracts.findByIds('tenant-a', 'ACCESS-1', '1000000001')).toEqual(aContract({ incidentsRemaining: 3 }));
      expect(await freshStore().contracts.findByIds('tenant-a', 'ACCESS-1', '9999999999')).toBeUndefined();
      expect(await freshStore().customers.listByTenant('tenant-a')).toEqual([aCustomer()]);
      expect(await freshStore().activationRequests.find('tenant-a', 'request-1')).toEqual(anActivationRequest({ status: 'approved', decidedBy: 'aad-ivan' }));
      expect(await freshStore().conversationReferences.findUserReference('tenant-a', 'aad-1')).toEqual({ conversation: { id: 'c1' } });
      expect(await freshStore().conversationReferences.findHelpdeskChannel()).toEqual({ conversation: { id: 'helpdesk' } });
      expect(await freshStore().isEmpty()).toBe(false);
    });

    it('keeps companies apart: another company’s records are not found', async () => {
      await freshStore().contracts.save(aContract({ tenantId: 'tenant-b' }));
      await freshStore().directory.savePerson(aPerson({ tenantId: 'tenant-b' }));
      await freshStore().conversationReferences.saveUserReference('tenant-b', 'aad-1', { id: 'b' });
      expect(await freshStore().contracts.findByIds('tenant-a', 'ACCESS-1', '1000000001')).toBeUndefined();
      expect(await freshStore().directory.findPerson('tenant-a', 'aad-1')).toBeUndefined();
      expect(await freshStore().conversationReferences.findUserReference('tenant-a', 'aad-1')).toBeUndefined();
      expect(await freshStore().contracts.findByIds('tenant-b', 'ACCESS-1', '1000000001')).toBeDefined();
    });

    it('removes people, contracts and customers by key, within one company only', async () => {
      for (const tenantId of ['tenant-a', 'tenant-b']) {
        await freshStore().directory.savePerson(aPerson({ tenantId }));
        await freshStore().directory.savePerson(aPerson({ tenantId, aadObjectId: 'aad-2' }));
        await freshStore().contracts.save(aContract({ tenantId }));
        await freshStore().contracts.save(aContract({ tenantId, id: 'contract-2', contractId: '1000000002' }));
        await freshStore().customers.save(aCustomer({ tenantId }));
      }
      await freshStore().directory.removePerson('tenant-a', 'aad-1');
      await freshStore().contracts.remove('tenant-a', 'contract-1');
      await freshStore().customers.remove('tenant-a', 'customer-1');
      // Removing what is not there is harmless: an interrupted import is simply run again.
      await freshStore().directory.removePerson('tenant-a', 'aad-1');
      await freshStore().contracts.remove('tenant-a', 'no-such-contract');
      await freshStore().customers.remove('nobody', 'customer-1');

      expect((await freshStore().directory.listPeople('tenant-a')).map((p) => p.aadObjectId)).toEqual(['aad-2']);
      expect((await freshStore().contracts.listByTenant('tenant-a')).map((c) => c.id)).toEqual(['contract-2']);
      expect(await freshStore().customers.listByTenant('tenant-a')).toEqual([]);
      expect(await freshStore().directory.listPeople('tenant-b')).toHaveLength(2);
      expect(await freshStore().contracts.listByTenant('tenant-b')).toHaveLength(2);
      expect(await freshStore().customers.listByTenant('tenant-b')).toEqual([aCustomer({ tenantId: 'tenant-b' })]);
    });

    it('hands out copies and keeps copies of what it is given', async () => {
      const roles: Role[] = ['globalAdmin'];
      const person = { ...aPerson(), roles };
      await freshStore().directory.savePerson(person);
      roles.push('adminAgent'); // the caller's object changes after saving
      const found = await freshStore().directory.findPerson('tenant-a', 'aad-1');
      expect(found?.roles).toEqual(['globalAdmin']);
      (found?.roles as Role[]).push('helpdeskAgent');
      const listed = (await freshStore().directory.listPeople('tenant-a'))[0] as { association: AccountAssociation };
      listed.association = { mpn: false, csp: true };
      expect(await freshStore().directory.findPerson('tenant-a', 'aad-1')).toEqual(aPerson());

      const reference: Record<string, unknown> = { conversation: { id: 'c1' } };
      await freshStore().conversationReferences.saveHelpdeskChannel(reference);
      reference.conversation = 'changed';
      const channel = (await freshStore().conversationReferences.findHelpdeskChannel()) as Record<string, unknown>;
      channel.conversation = 'changed again';
      expect(await freshStore().conversationReferences.findHelpdeskChannel()).toEqual({ conversation: { id: 'c1' } });
    });

    it('createOnce stores one request per idempotency key, even under 50 concurrent calls', async () => {
      const calls = Array.from({ length: 50 }, (_, i) => freshStore().activationRequests.createOnce(anActivationRequest({ id: `request-${i}` })));
      const outcomes = await Promise.all(calls);
      expect(outcomes.filter((o) => o.created)).toHaveLength(1);
      const winner = outcomes.find((o) => o.created)!.request;
      for (const outcome of outcomes) expect(outcome.request).toEqual(winner);
      expect(await freshStore().activationRequests.listByTenant('tenant-a')).toEqual([winner]);

      const again = await freshStore().activationRequests.createOnce(anActivationRequest({ id: 'late' }));
      expect(again).toEqual({ request: winner, created: false });
      const other = await freshStore().activationRequests.createOnce(anActivationRequest({ id: 'other', idempotencyKey: 'key-2' }));
      expect(other.created).toBe(true);
    });

    it('createOnce can mark the company pending in the same write, by the stored request', async () => {
      await freshStore().directory.saveCompany(aCompany({ tenantId: 'tenant-a' }));
      const first = anActivationRequest({ tenantId: 'tenant-a', requestedBy: 'aad-1', idempotencyKey: 'same' });
      await freshStore().activationRequests.createOnce(first, { markCompanyPending: true });
      const again = await freshStore().activationRequests.createOnce({ ...first, id: 'other', requestedBy: 'aad-2' }, { markCompanyPending: true });
      expect(again.created).toBe(false);
      const company = await freshStore().directory.findCompany('tenant-a');
      expect(company?.activation).toEqual({ status: 'pending', requestedBy: 'aad-1', requestedAt: first.requestedAt });
    });

    it('lists pending activation requests across companies, and forgets decided ones', async () => {
      const first = anActivationRequest({ id: 'r1', tenantId: 'tenant-a', idempotencyKey: 'k1', requestedAt: '2026-01-02T00:00:00.000Z' });
      const second = anActivationRequest({ id: 'r2', tenantId: 'tenant-b', idempotencyKey: 'k2', requestedAt: '2026-01-01T00:00:00.000Z' });
      await freshStore().activationRequests.createOnce(first);
      await freshStore().activationRequests.createOnce(second);
      expect((await freshStore().activationRequests.listPending()).map((r) => r.id)).toEqual(['r2', 'r1']);
      await freshStore().activationRequests.save({ ...first, status: 'approved', decidedBy: 'aad-ivan' });
      expect((await freshStore().activationRequests.listPending()).map((r) => r.id)).toEqual(['r2']);
    });

    it('loses no update when many writes to one company run at once', async () => {
      await Promise.all([
        ...Array.from({ length: 30 }, (_, i) => freshStore().directory.savePerson(aPerson({ aadObjectId: `aad-${i}` }))),
        ...Array.from({ length: 30 }, (_, i) => freshStore().contracts.save(aContract({ id: `contract-${i}` }))),
        freshStore().directory.saveCompany(aCompany()),
      ]);
      expect(await freshStore().directory.listPeople('tenant-a')).toHaveLength(30);
      expect(await freshStore().contracts.listByTenant('tenant-a')).toHaveLength(30);
      expect(await freshStore().directory.findCompany('tenant-a')).toEqual(aCompany());
    });

    it('treats unusual tenant ids as plain keys', async () => {
      const odd = ['../escape', 'a/b', 'Tenant-A', 'tenant-a ', '', '__proto__', 'テナント'];
      for (const tenantId of odd) await freshStore().directory.saveCompany(aCompany({ tenantId, name: `name:${tenantId}` }));
      for (const tenantId of odd) expect((await freshStore().directory.findCompany(tenantId))?.name).toBe(`name:${tenantId}`);
      expect(await freshStore().directory.findCompany('tenant-a')).toBeUndefined();
    });

    it('refuses use after close', async () => {
      await freshStore().close();
      await expect(freshStore().directory.findCompany('tenant-a')).rejects.toMatchObject({ code: 'STORE_CLOSED' });
      await expect(freshStore().contracts.save(aContract())).rejects.toMatchObject({ code: 'STORE_CLOSED' });
      await expect(freshStore().conversationReferences.saveHelpdeskChannel({ id: 'x' })).rejects.toMatchObject({ code: 'STORE_CLOSED' });
      await expect(freshStore().close()).resolves.toBeUndefined(); // closing twice is harmless
    });
  });
}

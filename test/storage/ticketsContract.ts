/**
 * The ticket repository behaviour every store must have. Called from
 * tickets.test.ts with the memory and lowdb factories.
 */
import { cardPosted } from '../../src/domain/handoff/ticketOutbox.js';
import { aNewTicket, dave } from '../domain/handoff/sampleTickets.js';
import { useFreshStore, type StoreFactory } from '../helpers/storeFactories.js';

export function describeTicketContract(name: string, factory: StoreFactory): void {
  describe(`${name}: ticket repository contract`, () => {
    const freshStore = useFreshStore(factory);

    it('reports absence as undefined or empty, and ignores malformed ids', async () => {
      await expect(freshStore().tickets.find('PS-1001')).resolves.toBeUndefined();
      await expect(freshStore().tickets.find('../../etc/passwd')).resolves.toBeUndefined();
      await expect(freshStore().tickets.update('PS-1001', () => ({ result: 1 }))).resolves.toBeUndefined();
      await expect(freshStore().tickets.listByRequester('tenant-contoso', 'aad-dave')).resolves.toEqual([]);
      await expect(freshStore().tickets.listWithPendingWork()).resolves.toEqual([]);
      await expect(freshStore().tickets.findByCardActivityId('a-1')).resolves.toBeUndefined();
    });

    it('numbers tickets one by one from PS-1001, even when 30 open at once', async () => {
      const created = await Promise.all(Array.from({ length: 30 }, () => freshStore().tickets.create(aNewTicket())));
      expect(created.map((t) => t.number).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => 1001 + i));
      expect(new Set(created.map((t) => t.id)).size).toBe(30);
      expect(await freshStore().tickets.find('PS-1030')).toMatchObject({ id: 'PS-1030', number: 1030 });
    });

    it('round-trips, updates under the lock, and lists by requester and pending work', async () => {
      const first = await freshStore().tickets.create(aNewTicket());
      const other = await freshStore().tickets.create(aNewTicket({ requester: { ...aNewTicket().requester, aadObjectId: 'aad-alice' } }));
      expect(await freshStore().tickets.find(first.id)).toEqual(first);
      const result = await freshStore().tickets.update(first.id, (current) => ({ result: 'done', next: cardPosted(current, 'card-1', current.revision) }));
      expect(result).toBe('done');
      expect(await freshStore().tickets.findByCardActivityId('card-1')).toMatchObject({ id: first.id });
      expect((await freshStore().tickets.listByRequester(dave.tenantId, dave.aadObjectId)).map((t) => t.id)).toEqual([first.id]);
      expect((await freshStore().tickets.listWithPendingWork()).map((t) => t.id)).toEqual([other.id]);
      // An update cannot change a ticket's identity.
      await freshStore().tickets.update(first.id, (current) => ({ result: undefined, next: { ...current, id: 'PS-9999', number: 9999 } }));
      expect(await freshStore().tickets.find(first.id)).toMatchObject({ id: first.id, number: first.number });
    });

    it("finds a requester's tickets in number order and a card by its current activity only", async () => {
      const alice = { ...aNewTicket().requester, aadObjectId: 'aad-alice' };
      const created = [];
      for (let i = 0; i < 6; i += 1) created.push(await freshStore().tickets.create(aNewTicket(i % 2 === 0 ? {} : { requester: alice })));
      expect((await freshStore().tickets.listByRequester(dave.tenantId, dave.aadObjectId)).map((t) => t.number)).toEqual([1001, 1003, 1005]);
      expect((await freshStore().tickets.listByRequester(alice.tenantId, alice.aadObjectId)).map((t) => t.number)).toEqual([1002, 1004, 1006]);
      expect(await freshStore().tickets.listByRequester('tenant-other', dave.aadObjectId)).toEqual([]);
      const ticket = created[2]!;
      await freshStore().tickets.update(ticket.id, (current) => ({ result: undefined, next: cardPosted(current, 'card-old', current.revision) }));
      await freshStore().tickets.update(ticket.id, (current) => ({ result: undefined, next: { ...current, card: { ...current.card, activityId: 'card-new' } } }));
      expect(await freshStore().tickets.findByCardActivityId('card-new')).toMatchObject({ id: ticket.id });
      expect(await freshStore().tickets.findByCardActivityId('card-old')).toBeUndefined();
    });

    it('lists unclaimed tickets and tickets changed since a time', async () => {
      const first = await freshStore().tickets.create(aNewTicket({ createdAt: '2026-11-20T09:00:00.000Z', updatedAt: '2026-11-20T09:00:00.000Z' }));
      const second = await freshStore().tickets.create(aNewTicket({ createdAt: '2026-11-24T09:00:00.000Z', updatedAt: '2026-11-24T09:00:00.000Z' }));
      expect((await freshStore().tickets.listUnclaimed()).map((t) => t.id)).toEqual([first.id, second.id]);
      await freshStore().tickets.update(first.id, (current) => ({ result: undefined, next: { ...current, status: 'assigned', updatedAt: '2026-11-25T09:00:00.000Z' } }));
      expect((await freshStore().tickets.listUnclaimed()).map((t) => t.id)).toEqual([second.id]);
      expect((await freshStore().tickets.listUpdatedSince('2026-11-24T09:00:00.000Z')).map((t) => t.id)).toEqual([first.id, second.id]);
      expect((await freshStore().tickets.listUpdatedSince('2026-11-25T00:00:00.000Z')).map((t) => t.id)).toEqual([first.id]);
    });

    it('loses no update when 20 run at once on one ticket', async () => {
      const ticket = await freshStore().tickets.create(aNewTicket());
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          freshStore().tickets.update(ticket.id, (current) => ({ result: undefined, next: { ...current, appliedKeys: [...current.appliedKeys, `k${i}`] } })),
        ),
      );
      expect((await freshStore().tickets.find(ticket.id))?.appliedKeys).toHaveLength(20);
    });

    it('hands out copies', async () => {
      const ticket = await freshStore().tickets.create(aNewTicket());
      (ticket.snapshot!.roles as string[]).push('helpdeskAgent');
      const found = await freshStore().tickets.find(ticket.id);
      (found!.events as unknown[]).length = 0;
      expect(await freshStore().tickets.find(ticket.id)).toMatchObject({ snapshot: { roles: [] }, events: [{ kind: 'created' }] });
    });

    it('refuses use after close', async () => {
      await freshStore().close();
      await expect(freshStore().tickets.find('PS-1001')).rejects.toMatchObject({ code: 'STORE_CLOSED' });
      await expect(freshStore().tickets.create(aNewTicket())).rejects.toMatchObject({ code: 'STORE_CLOSED' });
    });
  });
}

/**
 * The behaviour every store's event markers, reminder preferences and
 * unanswered-question log must have (memory, lowdb, and any later store):
 * a key is claimed once even when many claim it at the same moment.
 */
import { useFreshStore, type StoreFactory } from '../helpers/storeFactories.js';
import { aCompany } from './sampleRecords.js';

const marker = (key: string, claimedAt = '2026-11-24T09:00:00.000Z') => ({ key, kind: 'reminder' as const, claimedAt, tenantId: 'tenant-northwind', recipient: 'aad-frank', topic: 'incidentsLow' });

export function describeInsightsContract(name: string, factory: StoreFactory): void {
  describe(`${name}: markers, preferences and unanswered questions`, () => {
    const store = useFreshStore(factory);

    it('lets exactly one of many concurrent claims of a key win', async () => {
      const results = await Promise.all(Array.from({ length: 20 }, () => store().markers.claim(marker('reminder|a'))));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await store().markers.claim(marker('reminder|a'))).toBe(false);
      expect(await store().markers.claim(marker('reminder|b'))).toBe(true);
      expect(await store().markers.find('reminder|a')).toMatchObject({ key: 'reminder|a', state: 'claimed' });
    });

    it('settles a claim once and lists markers of a kind since a time', async () => {
      await store().markers.claim(marker('k1', '2026-11-20T00:00:00.000Z'));
      await store().markers.claim(marker('k2', '2026-11-24T00:00:00.000Z'));
      await store().markers.claim({ ...marker('e1', '2026-11-24T00:00:00.000Z'), kind: 'escalation' });
      await store().markers.settle('k2', 'sent', '2026-11-24T00:00:01.000Z');
      await store().markers.settle('k2', 'undeliverable', '2026-11-24T00:00:02.000Z');
      await store().markers.settle('missing', 'sent', '2026-11-24T00:00:02.000Z');
      expect(await store().markers.find('k2')).toMatchObject({ state: 'sent', settledAt: '2026-11-24T00:00:01.000Z' });
      expect((await store().markers.listSince('reminder', '2026-11-21T00:00:00.000Z')).map((m) => m.key)).toEqual(['k2']);
      expect((await store().markers.listSince('escalation', '2026-11-01T00:00:00.000Z')).map((m) => m.key)).toEqual(['e1']);
      await expect(store().markers.find('nothing')).resolves.toBeUndefined();
    });

    it('keeps a marker as long as its latest claimer needs it: a losing claim moves keepUntil later, never earlier', async () => {
      expect(await store().markers.claim({ ...marker('k'), keepUntil: '2027-05-08' })).toBe(true);
      await store().markers.settle('k', 'sent', '2026-11-24T09:00:01.000Z');
      expect(await store().markers.claim({ ...marker('k'), keepUntil: '2027-01-01' })).toBe(false);
      expect(await store().markers.find('k')).toMatchObject({ keepUntil: '2027-05-08', state: 'sent' });
      expect(await store().markers.claim({ ...marker('k'), keepUntil: '2028-05-08' })).toBe(false);
      expect(await store().markers.find('k')).toMatchObject({ keepUntil: '2028-05-08', state: 'sent', settledAt: '2026-11-24T09:00:01.000Z' });
      // No last day known: kept, whatever a later claimer says.
      expect(await store().markers.claim(marker('pending'))).toBe(true);
      expect(await store().markers.claim({ ...marker('pending'), keepUntil: '2030-01-01' })).toBe(false);
      expect((await store().markers.find('pending'))?.keepUntil).toBeUndefined();
    });

    it('purges only the markers past both their last due day and the retention; a purged key can be claimed again', async () => {
      const old = '2026-01-05T09:00:00.000Z';
      await store().markers.claim({ ...marker('ended', old), keepUntil: '2026-06-30' });
      await store().markers.settle('ended', 'sent', old);
      await store().markers.claim({ ...marker('stillDue', old), keepUntil: '2027-05-08' });
      await store().markers.claim({ ...marker('counted', '2026-11-20T09:00:00.000Z'), keepUntil: '2026-06-30' });
      await store().markers.claim({ ...marker('noLastDay', old) });
      await store().markers.claim({ ...marker('endsToday', old), keepUntil: '2026-11-23' });
      expect(await store().markers.purgeExpired('2026-11-23', '2026-08-26T09:00:00.000Z')).toBe(1);
      await expect(store().markers.find('ended')).resolves.toBeUndefined();
      const left = await store().markers.listSince('reminder', '2026-01-01T00:00:00.000Z');
      expect(left.map((m) => m.key).sort()).toEqual(['counted', 'endsToday', 'noLastDay', 'stillDue']);
      expect(await store().markers.purgeExpired('2026-11-23', '2026-08-26T09:00:00.000Z')).toBe(0);
      expect(await store().markers.claim({ ...marker('ended'), keepUntil: '2027-06-30' })).toBe(true);
    });

    it('lists every tenant with data, for the reminder scan', async () => {
      await expect(store().directory.listTenantIds()).resolves.toEqual([]);
      await store().directory.saveCompany(aCompany());
      await store().directory.saveCompany(aCompany({ tenantId: 'tenant-other', name: 'Other' }));
      expect((await store().directory.listTenantIds()).sort()).toEqual([aCompany().tenantId, 'tenant-other'].sort());
    });

    it('keeps reminder preferences per person', async () => {
      await expect(store().reminderPreferences.find('tenant-northwind', 'aad-frank')).resolves.toBeUndefined();
      await store().reminderPreferences.save({ tenantId: 'tenant-northwind', aadObjectId: 'aad-frank', optedOut: true, at: '2026-11-24T00:00:00.000Z', language: 'ja' });
      await store().reminderPreferences.save({ tenantId: 'tenant-contoso', aadObjectId: 'aad-frank', optedOut: false, at: '2026-11-24T00:00:00.000Z' });
      expect(await store().reminderPreferences.find('tenant-northwind', 'aad-frank')).toEqual({ tenantId: 'tenant-northwind', aadObjectId: 'aad-frank', optedOut: true, at: '2026-11-24T00:00:00.000Z', language: 'ja' });
      await store().reminderPreferences.save({ tenantId: 'tenant-northwind', aadObjectId: 'aad-frank', optedOut: false, at: '2026-11-25T00:00:00.000Z' });
      expect(await store().reminderPreferences.find('tenant-northwind', 'aad-frank')).toMatchObject({ optedOut: false });
      expect(await store().reminderPreferences.find('tenant-contoso', 'aad-frank')).toMatchObject({ optedOut: false });
    });

    it('records an unanswered question once per key, lists and purges by time', async () => {
      const q = (key: string, at: string) => ({ key, at, language: 'en' as const, text: 'what is a widget' });
      expect(await store().unansweredQuestions.record(q('u1', '2026-08-01T00:00:00.000Z'))).toBe(true);
      expect(await store().unansweredQuestions.record(q('u1', '2026-08-01T00:00:00.000Z'))).toBe(false);
      await store().unansweredQuestions.record(q('u2', '2026-11-24T00:00:00.000Z'));
      expect((await store().unansweredQuestions.listSince('2026-01-01T00:00:00.000Z')).map((e) => e.key)).toEqual(['u1', 'u2']);
      expect(await store().unansweredQuestions.purgeBefore('2026-09-01T00:00:00.000Z')).toBe(1);
      expect((await store().unansweredQuestions.listSince('2026-01-01T00:00:00.000Z')).map((e) => e.key)).toEqual(['u2']);
    });
  });
}

import { openLowdbStore } from '../../src/storage/lowdb/lowdbStore.js';
import { lowdbStoreFactory, makeTempDataDir, memoryStoreFactory, removeTempDataDir } from '../helpers/storeFactories.js';
import { openPostgresStore } from '../../src/storage/postgres/pgStore.js';
import { createTestSchema, postgresStoreFactory } from '../postgres/testDatabase.js';
import { describeInsightsContract } from './insightsContract.js';

describeInsightsContract('memory store', memoryStoreFactory);
describeInsightsContract('lowdb store', lowdbStoreFactory());
describeInsightsContract('PostgreSQL store', postgresStoreFactory);

describe('lowdb store: markers survive a restart', () => {
  it('refuses a second claim of a key after the store is reopened', async () => {
    const dir = await makeTempDataDir();
    try {
      const first = await openLowdbStore(dir);
      expect(await first.markers.claim({ key: 'reminder|x', kind: 'reminder', claimedAt: '2026-11-24T09:00:00.000Z' })).toBe(true);
      await first.reminderPreferences.save({ tenantId: 't', aadObjectId: 'a', optedOut: true, at: '2026-11-24T09:00:00.000Z' });
      await first.close();
      const second = await openLowdbStore(dir);
      expect(await second.markers.claim({ key: 'reminder|x', kind: 'reminder', claimedAt: '2026-11-25T09:00:00.000Z' })).toBe(false);
      expect(await second.reminderPreferences.find('t', 'a')).toMatchObject({ optedOut: true });
      await second.close();
    } finally {
      await removeTempDataDir(dir);
    }
  });
});

describe('PostgreSQL: two replicas on one database', () => {
  it('let exactly one of them claim an event, however many try at once', async () => {
    const schema = await createTestSchema();
    const [a, b] = [await openPostgresStore(schema.url), await openPostgresStore(schema.url)];
    try {
      const claim = (store: typeof a) => store.markers.claim({ key: 'reminder|incidentsLow|t|c@15|p', kind: 'reminder', claimedAt: '2026-11-24T09:00:00.000Z' });
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => claim(i % 2 === 0 ? a : b)));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await b.markers.find('reminder|incidentsLow|t|c@15|p')).toMatchObject({ state: 'claimed' });
    } finally {
      await Promise.all([a.close(), b.close()]);
      await schema.drop();
    }
  });
});

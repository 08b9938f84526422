import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
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

describe('lowdb store: the marker log', () => {
  const marker = (key: string) => ({ key, kind: 'reminder' as const, claimedAt: '2026-11-24T09:00:00.000Z' });

  it('drops a line torn by a crash and keeps appending whole lines after it', async () => {
    const dir = await makeTempDataDir();
    try {
      const first = await openLowdbStore(dir);
      expect(await first.markers.claim(marker('reminder|a'))).toBe(true);
      await first.markers.settle('reminder|a', 'sent', '2026-11-24T09:00:01.000Z');
      await first.close();
      await appendFile(join(dir, 'event-markers.jsonl'), '{"key":"reminder|b","kind":"rem');
      const second = await openLowdbStore(dir);
      expect(await second.markers.find('reminder|a')).toMatchObject({ state: 'sent', settledAt: '2026-11-24T09:00:01.000Z' });
      expect(await second.markers.claim(marker('reminder|b'))).toBe(true);
      await second.close();
      const lines = (await readFile(join(dir, 'event-markers.jsonl'), 'utf8')).trimEnd().split('\n');
      expect(lines.map((l) => (JSON.parse(l) as { key: string; state: string }).state)).toEqual(['claimed', 'sent', 'claimed']);
      const third = await openLowdbStore(dir);
      expect(await third.markers.claim(marker('reminder|b'))).toBe(false);
      await third.close();
    } finally {
      await removeTempDataDir(dir);
    }
  });

  it('refuses to open over a damaged line, and loses nothing', async () => {
    const dir = await makeTempDataDir();
    try {
      await writeFile(join(dir, 'event-markers.jsonl'), '{"key":"reminder|a","kind":"reminder","claimedAt":"2026-11-24T09:00:00.000Z","state":"claimed"}\nnot json\n');
      const store = await openLowdbStore(dir);
      await expect(store.markers.find('reminder|a')).rejects.toThrow(/event-markers\.jsonl.*line 2/);
      await store.close();
      expect(await readFile(join(dir, 'event-markers.jsonl'), 'utf8')).toContain('not json');
    } finally {
      await removeTempDataDir(dir);
    }
  });

  it('purging rewrites the log without the expired markers; markers written meanwhile, and the rest, survive a reopen', async () => {
    const dir = await makeTempDataDir();
    const file = join(dir, 'event-markers.jsonl');
    try {
      const first = await openLowdbStore(dir);
      for (let i = 0; i < 100; i++) {
        await first.markers.claim({ ...marker(`reminder|ended|${i}`), keepUntil: '2026-12-31' });
        await first.markers.settle(`reminder|ended|${i}`, 'sent', '2026-11-24T09:00:01.000Z');
      }
      await first.markers.claim({ ...marker('reminder|running'), keepUntil: '2027-05-08' });
      const before = (await readFile(file, 'utf8')).split('\n').length;
      // Claims and settlements arriving while the purge runs are neither lost nor purged.
      const [removed] = await Promise.all([
        first.markers.purgeExpired('2027-02-01', '2027-01-01T00:00:00.000Z'),
        first.markers.claim({ ...marker('reminder|new'), keepUntil: '2027-01-15' }),
        first.markers.settle('reminder|running', 'sent', '2026-11-24T09:00:02.000Z'),
        first.markers.claim({ ...marker('reminder|ended|7'), claimedAt: '2027-02-01T09:00:00.000Z', keepUntil: '2027-12-31' }),
      ]);
      expect(removed).toBe(100);
      await first.close();
      const lines = (await readFile(file, 'utf8')).trimEnd().split('\n').map((l) => JSON.parse(l) as { key: string });
      expect(lines.length).toBeLessThan(before / 10);
      expect(new Set(lines.map((l) => l.key))).toEqual(new Set(['reminder|running', 'reminder|new', 'reminder|ended|7']));
      const second = await openLowdbStore(dir);
      expect(await second.markers.find('reminder|running')).toMatchObject({ state: 'sent', keepUntil: '2027-05-08' });
      expect(await second.markers.find('reminder|ended|7')).toMatchObject({ state: 'claimed', keepUntil: '2027-12-31' });
      expect(await second.markers.claim(marker('reminder|new'))).toBe(false);
      expect(await second.markers.claim(marker('reminder|ended|8'))).toBe(true);
      await second.close();
    } finally {
      await removeTempDataDir(dir);
    }
  });

  it('a purge cut short by a crash leaves the log as it was: the new file only replaces it whole', async () => {
    const dir = await makeTempDataDir();
    const file = join(dir, 'event-markers.jsonl');
    try {
      const first = await openLowdbStore(dir);
      await first.markers.claim({ ...marker('reminder|ended'), keepUntil: '2026-12-31' });
      await first.markers.claim({ ...marker('reminder|running'), keepUntil: '2027-05-08' });
      await first.close();
      // What a crash while writing the new file leaves: the old log whole, a partial new one beside it.
      await writeFile(join(dir, '.event-markers.jsonl.tmp'), '{"key":"reminder|run');
      const second = await openLowdbStore(dir);
      expect(await second.markers.find('reminder|ended')).toMatchObject({ state: 'claimed' });
      expect(await second.markers.purgeExpired('2027-02-01', '2027-01-01T00:00:00.000Z')).toBe(1);
      await second.close();
      expect((await readFile(file, 'utf8')).trimEnd().split('\n').map((l) => (JSON.parse(l) as { key: string }).key)).toEqual(['reminder|running']);
    } finally {
      await removeTempDataDir(dir);
    }
  });

  it('takes over the markers of a store written before the log, once', async () => {
    const dir = await makeTempDataDir();
    try {
      const items = [{ ...marker('reminder|old'), state: 'sent', settledAt: '2026-11-24T09:00:02.000Z' }];
      await writeFile(join(dir, 'event-markers.json'), JSON.stringify({ version: 1, items }, null, 2));
      const store = await openLowdbStore(dir);
      expect(await store.markers.claim(marker('reminder|old'))).toBe(false);
      expect(await store.markers.listSince('reminder', '2026-01-01T00:00:00.000Z')).toEqual(items);
      await store.close();
      await expect(readFile(join(dir, 'event-markers.json'), 'utf8')).rejects.toThrow(/ENOENT/);
      const reopened = await openLowdbStore(dir);
      expect(await reopened.markers.find('reminder|old')).toMatchObject({ state: 'sent' });
      await reopened.close();
    } finally {
      await removeTempDataDir(dir);
    }
  });
});

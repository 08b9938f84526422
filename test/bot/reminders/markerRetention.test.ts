/**
 * Event markers are removed once they can no longer matter, never before:
 * the real server on lowdb files and on PostgreSQL, a fake clock, and Frank
 * (Northwind: incidents running low on one contract, used up on the other,
 * both ending 2027-05-08). A marker past the retention whose event is still
 * due stays; one whose contract was extended stays as long as the contract;
 * one whose contract has ended goes; and nothing is sent twice.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Store } from '../../../src/storage/index.js';
import { fakeClock } from '../../helpers/fakeClock.js';
import { personas } from '../../helpers/personas.js';
import { createTestSchema } from '../../postgres/testDatabase.js';
import { cardsIn, restartableBot, type RestartableBot } from './reminderHarness.js';

const { frank } = personas;
const chat = `a:personal-${frank.aadObjectId}`;
const SINCE_EVER = '2000-01-01T00:00:00.000Z';

describe.each([
  ['lowdb', async () => ({ env: {}, drop: async () => undefined })],
  ['PostgreSQL', async () => {
    const schema = await createTestSchema();
    return { env: { DATABASE_URL: schema.url }, drop: () => schema.drop() };
  }],
] as const)('%s store', (name, storage) => {
  const clock = fakeClock('2026-11-24T09:00:00.000Z');
  let bot: RestartableBot;
  let drop: () => Promise<void>;
  const store = (): Store => bot.app().store;
  const franksMarkers = async () => (await store().markers.listSince('reminder', SINCE_EVER)).filter((m) => m.recipient === frank.aadObjectId);
  const scan = () => bot.app().features.reminders.scanner.scanAll();
  const cardsToFrank = () => cardsIn(bot.connector, chat).length;

  beforeAll(async () => {
    const prepared = await storage();
    drop = prepared.drop;
    bot = await restartableBot(clock, { MARKER_RETENTION_DAYS: '90', ...prepared.env });
    await bot.start();
    await bot.say(frank, 'hello');
    await scan();
  }, 60_000);
  afterAll(async () => {
    await bot.dispose();
    await drop();
  });

  it('Frank got his two reminders; each marker says until when it matters (the contracts\' end)', async () => {
    expect(cardsToFrank()).toBe(2);
    const markers = await franksMarkers();
    // Two sent, two recorded as unreachable at start-up, before he chatted.
    expect(markers.map((m) => [m.topic, m.state, m.keepUntil]).sort()).toEqual([
      ['incidentsLow', 'sent', '2027-05-08'],
      ['incidentsLow', 'undeliverable', '2027-05-08'],
      ['incidentsUsedUp', 'sent', '2027-05-08'],
      ['incidentsUsedUp', 'undeliverable', '2027-05-08'],
    ]);
  });

  it('keeps markers past the retention while their events are still due, and sends nothing again', async () => {
    clock.set('2027-03-01T09:00:00.000Z'); // 97 days on: past the 90 days, contracts still running
    await scan();
    expect(await franksMarkers()).toHaveLength(4);
    expect(cardsToFrank()).toBe(2);
  });

  it('keeps the marker of an extended contract as long as the contract; drops those of the ended one; sends nothing again', async () => {
    const [productSupport] = (await store().contracts.listByTenant('tenant-northwind')).filter((c) => c.benefit === 'productSupport');
    await store().contracts.save({ ...productSupport!, endDate: '2028-05-08' }); // same contract, same incidents: not a new event
    await scan();
    clock.set('2027-09-01T09:00:00.000Z'); // the old end date long past, the Signature contract ended 116 days ago
    await scan();
    expect((await franksMarkers()).map((m) => [m.topic, m.state, m.keepUntil])).toEqual([['incidentsLow', 'sent', '2028-05-08']]);
    expect(cardsToFrank()).toBe(2);
    // After a restart (the store read again) the kept marker still stops a repeat.
    await bot.stop();
    await bot.start();
    await scan();
    expect(cardsToFrank()).toBe(2);
    if (name === 'lowdb') {
      const log = await readFile(join(bot.dataDir, 'event-markers.jsonl'), 'utf8');
      expect(log).not.toContain('incidentsUsedUp|tenant-northwind');
    }
  });

  it('keeps markers of events with no last day (an activation still pending)', async () => {
    const pending = (await store().markers.listSince('reminder', SINCE_EVER)).filter((m) => m.topic === 'activationPending');
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.every((m) => m.keepUntil === undefined)).toBe(true);
  });
});

/**
 * `npm run report`: the same figures as the digest, from a real lowdb store,
 * as CSV that a spreadsheet cannot mistake for formulas.
 */
import { buildReport, parseReportArgs, UsageError } from '../../scripts/report/reportCommand.js';
import { csvField } from '../../scripts/report/reportFormats.js';
import { loadConfig } from '../../src/config.js';
import { openLowdbStore } from '../../src/storage/lowdb/lowdbStore.js';
import { aNewTicket } from '../domain/handoff/sampleTickets.js';
import { makeTempDataDir, removeTempDataDir } from '../helpers/storeFactories.js';

let dir: string;

beforeAll(async () => {
  dir = await makeTempDataDir();
  const store = await openLowdbStore(dir);
  await store.directory.saveCompany({ tenantId: 'tenant-northwind', name: 'Northwind Traders', offers: [], csp: false, activation: { status: 'activated' } });
  await store.directory.savePerson({ tenantId: 'tenant-northwind', aadObjectId: 'aad-frank', name: 'Frank Müller', roles: ['globalAdmin'], association: { mpn: true, csp: true } });
  const created = '2026-11-03T09:00:00.000Z';
  const ticket = await store.tickets.create(aNewTicket({ createdAt: created, updatedAt: created }));
  await store.tickets.update(ticket.id, (t) => ({
    result: undefined,
    next: { ...t, status: 'resolved', updatedAt: '2026-11-03T10:00:00.000Z', rating: { score: 5, at: '2026-11-03T10:01:00.000Z' }, events: [...t.events, { seq: 2, kind: 'assigned', at: '2026-11-03T09:12:00.000Z', by: 'Ivan', to: 'requester', delivery: 'sent' }, { seq: 3, kind: 'resolved', at: '2026-11-03T10:00:00.000Z', by: 'Ivan', to: 'requester', delivery: 'sent' }] },
  }));
  await store.tickets.create(aNewTicket({ createdAt: '2026-10-01T09:00:00.000Z', updatedAt: '2026-10-01T09:00:00.000Z' }));
  await store.markers.claim({ key: 'r1', kind: 'reminder', claimedAt: '2026-11-04T00:00:00.000Z', tenantId: 'tenant-northwind', recipient: 'aad-frank' });
  await store.markers.settle('r1', 'undeliverable', '2026-11-04T00:00:00.000Z');
  await store.unansweredQuestions.record({ key: 'q1', at: '2026-11-05T00:00:00.000Z', language: 'en', text: '=HYPERLINK("x"), a taxi' });
  await store.close();
});
afterAll(() => removeTempDataDir(dir));

describe('report export', () => {
  it('writes the period\'s figures as CSV', async () => {
    const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' });
    const csv = await buildReport(config, parseReportArgs(['--since', '2026-11-01', '--until', '2026-12-01', '--format', 'csv'], new Date()));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('kind,name,value');
    expect(lines).toEqual(
      expect.arrayContaining([
        'figure,period_from,2026-11-01T00:00:00.000Z',
        'figure,tickets_opened,1',
        'figure,tickets_claimed,1',
        'figure,tickets_resolved,1',
        'figure,median_minutes_to_claim,12',
        'figure,median_minutes_to_resolve,60',
        'figure,average_rating,5',
        'figure,reminders_undeliverable,1',
        'unreachable,Frank Müller,Northwind Traders',
        `unanswered,"'=HYPERLINK(""x""), a taxi",1`,
      ]),
    );
  });

  it('refuses bad arguments with a clear message', () => {
    const now = new Date('2026-11-30T00:00:00Z');
    expect(() => parseReportArgs(['--since', '2026-13-45'], now)).toThrow(UsageError);
    expect(() => parseReportArgs(['--since', '2026-11-01', '--until', '2026-11-31'], now)).toThrow('--until needs a date'); // no 31 November
    expect(() => parseReportArgs([], now)).toThrow('--since needs a date');
    expect(() => parseReportArgs(['--since', '2026-11-01', '--format', 'xml'], now)).toThrow('--format must be one of csv, json, text');
    expect(() => parseReportArgs(['--sinse', '2026-11-01'], now)).toThrow('unknown option --sinse');
    expect(parseReportArgs(['--since', '2026-11-01'], now)).toEqual({ since: '2026-11-01T00:00:00.000Z', until: now.toISOString(), format: 'text' });
    expect(csvField('plain')).toBe('plain');
  });
});

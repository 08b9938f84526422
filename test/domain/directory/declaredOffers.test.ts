/**
 * A store can hold an offer the loaded program.json does not declare (the
 * program dropped it, or another rules folder wrote the store): the bot reads
 * the company without it and says so once in the log, and saving the company
 * keeps it in the store.
 */
import type { Company } from '../../../src/domain/model.js';
import { declaredOffersOnly } from '../../../src/domain/directory/declaredOffers.js';
import { createMemoryStore } from '../../../src/storage/index.js';
import { program } from '../../helpers/program.js';

const litware: Company = {
  tenantId: 'tenant-litware',
  name: 'Litware',
  csp: false,
  activation: { status: 'notActivated' },
  offers: [{ level: 'platinum', competency: 'cloudPlatform' }, { level: 'gold', competency: 'security' }],
};

async function setUp() {
  const store = createMemoryStore();
  await store.directory.saveCompany(litware);
  const reports: string[] = [];
  const directory = declaredOffersOnly(store.directory, (offer) => program.hasOffer(offer), (tenantId, offer) => reports.push(`${tenantId}:${offer}`));
  return { store, directory, reports };
}

describe('companies read against the offers program.json declares', () => {
  it('leaves an undeclared offer out of what is read, and reports it once', async () => {
    const { directory, reports } = await setUp();
    expect((await directory.findCompany('tenant-litware'))?.offers).toEqual([{ level: 'gold', competency: 'security' }]);
    await directory.findCompany('tenant-litware');
    expect(reports).toEqual(['tenant-litware:platinum']);
  });

  it('keeps the undeclared offer in the store when the company is saved', async () => {
    const { store, directory } = await setUp();
    const read = (await directory.findCompany('tenant-litware'))!;
    await directory.saveCompany({ ...read, activation: { status: 'pending', requestedBy: 'aad-x', requestedAt: '2026-11-30T09:00:00.000Z' } });
    const stored = await store.directory.findCompany('tenant-litware');
    expect(stored?.activation.status).toBe('pending');
    expect(stored?.offers).toEqual([{ level: 'gold', competency: 'security' }, { level: 'platinum', competency: 'cloudPlatform' }]);
  });

  it('passes a company with declared offers through unchanged', async () => {
    const { store, directory, reports } = await setUp();
    await store.directory.saveCompany({ ...litware, tenantId: 'tenant-ok', offers: [{ level: 'actionPack' }] });
    expect((await directory.findCompany('tenant-ok'))?.offers).toEqual([{ level: 'actionPack' }]);
    expect(await directory.findCompany('tenant-nowhere')).toBeUndefined();
    expect(reports).toEqual([]);
  });
});

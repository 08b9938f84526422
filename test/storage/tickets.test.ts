import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openLowdbStore } from '../../src/storage/lowdb/lowdbStore.js';
import { aNewTicket } from '../domain/handoff/sampleTickets.js';
import { lowdbStoreFactory, makeTempDataDir, memoryStoreFactory, removeTempDataDir } from '../helpers/storeFactories.js';
import { describeTicketContract } from './ticketsContract.js';

describeTicketContract('memory store', memoryStoreFactory);
describeTicketContract('lowdb store', lowdbStoreFactory());

describe('lowdb ticket files', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await makeTempDataDir();
  });
  afterEach(() => removeTempDataDir(dataDir));

  it('keeps one small file per ticket and continues the numbering after a restart', async () => {
    let store = await openLowdbStore(dataDir);
    await store.tickets.create(aNewTicket());
    await store.tickets.create(aNewTicket());
    await store.close();
    expect((await readdir(join(dataDir, 'tickets'))).sort()).toEqual(['PS-1001.json', 'PS-1002.json']);
    const file = JSON.parse(await readFile(join(dataDir, 'tickets', 'PS-1002.json'), 'utf8')) as { version: number; ticket: { id: string } };
    expect(file).toMatchObject({ version: 1, ticket: { id: 'PS-1002' } });

    store = await openLowdbStore(dataDir);
    expect((await store.tickets.create(aNewTicket())).id).toBe('PS-1003');
    expect(await store.tickets.listWithPendingWork()).toHaveLength(3);
    await store.close();
  });

  it('reports a damaged ticket file instead of overwriting it', async () => {
    let store = await openLowdbStore(dataDir);
    await store.tickets.create(aNewTicket());
    await store.close();
    await writeFile(join(dataDir, 'tickets', 'PS-1001.json'), '{"version":1,"ticket":{"id":"PS-7"}}');
    store = await openLowdbStore(dataDir);
    await expect(store.tickets.find('PS-1001')).rejects.toMatchObject({ code: 'STORE_FILE_CORRUPT' });
    // The others keep working, and the damaged ticket's number is not handed out again.
    expect((await store.tickets.create(aNewTicket())).id).toBe('PS-1002');
    await store.close();
    expect(await readFile(join(dataDir, 'tickets', 'PS-1001.json'), 'utf8')).toContain('PS-7');
  });
});

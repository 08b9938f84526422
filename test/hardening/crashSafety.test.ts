/**
 * The store survives kill -9: the bot is killed in the middle of a stream of
 * activation requests, again and again, then restarted; every request it had
 * acknowledged is in the store, every company file is valid, and no stale
 * temporary file or lock stops the next start.
 */
import { readdir } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLowdbStore, seedIfEmpty } from '../../src/storage/index.js';
import { executeFrom, type Persona } from '../helpers/personas.js';
import { spawnBot } from '../helpers/processRunner.js';
import { RecordingConnector } from '../helpers/recordingConnector.js';
import { TEST_TODAY } from '../helpers/testDay.js';

const COMPANIES = 120;
const CYCLES = 4;

function admin(i: number): Persona {
  return { aadObjectId: `aad-admin-${i}`, tenantId: `tenant-gen-${i}`, name: `Admin ${i}` };
}

async function prepareStore(dataDir: string): Promise<void> {
  const store = await openLowdbStore(dataDir);
  await seedIfEmpty(store, TEST_TODAY);
  for (let i = 0; i < COMPANIES; i++) {
    const person = admin(i);
    await store.directory.saveCompany({ tenantId: person.tenantId, name: `Generated ${i}`, offers: [{ level: 'gold', competency: 'security' }], csp: false, activation: { status: 'notActivated' } });
    await store.directory.savePerson({ ...person, roles: ['globalAdmin'], association: { mpn: true, csp: false } });
  }
  await store.close();
}

let dir: string;
let connector: RecordingConnector;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'psb-crash-'));
  connector = await new RecordingConnector().start();
});
afterAll(async () => {
  await connector.stop();
  await rm(dir, { recursive: true, force: true });
});

it('keeps every acknowledged write through repeated kill -9', async () => {
  const dataDir = join(dir, 'data');
  await prepareStore(dataDir);
  const acknowledged = new Set<number>();
  let next = 0;
  for (let cycle = 0; cycle < CYCLES; cycle++) {
    const bot = spawnBot({ DATA_DIR: dataDir, PORT: '0', ACTIVATION_PROCESSOR: 'helpdesk', LOG_LEVEL: 'warn' });
    const port = await bot.ready();
    let killed = false;
    const worker = async (): Promise<void> => {
      while (!killed && next < COMPANIES) {
        const i = next++;
        const person = admin(i);
        const activity = executeFrom(person, 'activate', { step: 'confirm', tenantId: person.tenantId, userId: person.aadObjectId }, { serviceUrl: connector.url, expectReplies: false });
        try {
          const response = await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
          if (response.status === 200) acknowledged.add(i);
          await response.text();
        } catch {
          // The process died under this request: not acknowledged, so not owed.
        }
      }
    };
    const workers = [worker(), worker(), worker(), worker()];
    await new Promise((resolve) => setTimeout(resolve, 400 + Math.random() * 600));
    killed = true;
    bot.child.kill('SIGKILL');
    await Promise.all(workers);
    await bot.exited();
  }
  expect(acknowledged.size).toBeGreaterThan(0);

  // A normal start after the last crash: the dead lock is taken over, temp files are cleaned.
  const restarted = spawnBot({ DATA_DIR: dataDir, PORT: '0', ACTIVATION_PROCESSOR: 'helpdesk', LOG_LEVEL: 'warn' });
  await restarted.ready();
  restarted.child.kill('SIGTERM');
  expect(await restarted.exited()).toBe(0);
  const leftovers = (await readdir(join(dataDir, 'companies'))).filter((f) => f.endsWith('.tmp'));
  expect(leftovers).toEqual([]);

  const store = await openLowdbStore(dataDir);
  try {
    for (let i = 0; i < COMPANIES; i++) {
      const person = admin(i);
      const company = await store.directory.findCompany(person.tenantId);
      expect(company?.name).toBe(`Generated ${i}`);
      const requests = await store.activationRequests.listByTenant(person.tenantId);
      expect(requests.length).toBeLessThanOrEqual(1);
      if (acknowledged.has(i)) {
        expect(requests).toHaveLength(1);
        expect(company?.activation.status).toBe('pending');
      }
    }
    expect(await store.contracts.listByTenant('tenant-contoso')).toHaveLength(2);
  } finally {
    await store.close();
  }
}, 180_000);

/**
 * A bounded soak on loopback: 200 conversations at once for 60 s (SOAK_SECONDS
 * to change it) mixing general and personal questions, activation requests
 * and hand-offs against the real bot process. No 5xx, every acknowledged
 * write in the store afterwards, and memory that levels off.
 */
import { readFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLowdbStore, seedIfEmpty } from '../../src/storage/index.js';
import { executeFrom, messageFrom, type Persona } from '../helpers/personas.js';
import { spawnBot } from '../helpers/processRunner.js';
import { RecordingConnector } from '../helpers/recordingConnector.js';
import { TEST_TODAY } from '../helpers/testDay.js';

const CONVERSATIONS = Number(process.env.SOAK_CONVERSATIONS ?? 200);
const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);

const QUESTIONS = ['how many incidents does Gold get?', 'Action Pack にクラウドサポートはありますか', 'how many incidents do we have left?', 'who can activate our benefits?', 'what is the n-1 policy?'];

function admin(i: number): Persona {
  return { aadObjectId: `aad-soak-${i}`, tenantId: `tenant-soak-${i}`, name: `Soak Admin ${i}` };
}

/** The process's resident size, or undefined once it is gone (the test then fails on its own terms). */
async function rssKb(pid: number): Promise<number | undefined> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => undefined);
  const kb = status && /VmRSS:\s+(\d+)/.exec(status)?.[1];
  return kb ? Number(kb) : undefined;
}

let dir: string;
let connector: RecordingConnector;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'psb-soak-'));
  connector = await new RecordingConnector().start();
  const store = await openLowdbStore(join(dir, 'data'));
  await seedIfEmpty(store, TEST_TODAY);
  for (let i = 0; i < CONVERSATIONS; i++) {
    const person = admin(i);
    await store.directory.saveCompany({ tenantId: person.tenantId, name: `Soak ${i}`, offers: [{ level: 'silver', competency: 'dataAnalytics' }], csp: false, activation: { status: 'notActivated' } });
    await store.directory.savePerson({ ...person, roles: ['mpnPartnerAdmin'], association: { mpn: true, csp: false } });
  }
  await store.close();
});
afterAll(async () => {
  await connector.stop();
  await rm(dir, { recursive: true, force: true });
});

it(`serves ${CONVERSATIONS} conversations for ${SECONDS} s without losing anything`, async () => {
  const dataDir = join(dir, 'data');
  const bot = spawnBot({ DATA_DIR: dataDir, PORT: '0', ACTIVATION_PROCESSOR: 'helpdesk', LOG_LEVEL: 'warn' });
  const port = await bot.ready();
  const url = `http://127.0.0.1:${port}/api/messages`;
  const statuses = new Map<number, number>();
  const activated = new Set<number>();
  const handedOff = new Set<number>();
  const deadline = Date.now() + SECONDS * 1000;
  const rssSamples: number[] = [];
  const sampler = setInterval(() => void rssKb(bot.child.pid!).then((kb) => kb !== undefined && rssSamples.push(kb)), 2000);

  const post = async (activity: Record<string, unknown>): Promise<{ status: number; text: string }> => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    const text = await response.text();
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    return { status: response.status, text };
  };

  const conversation = async (i: number): Promise<void> => {
    const person = admin(i);
    const options = { serviceUrl: connector.url, conversationId: `soak-${i}` };
    for (let turn = 0; Date.now() < deadline; turn++) {
      if (turn === 3) {
        const { status } = await post(executeFrom(person, 'activate', { step: 'confirm', tenantId: person.tenantId, userId: person.aadObjectId }, { ...options, expectReplies: false }));
        if (status === 200) activated.add(i);
      } else if (turn === 6) {
        const { status, text } = await post(messageFrom(person, 'I want to talk to a person please', options));
        if (status === 200 && /PS-\d+/.test(text)) handedOff.add(i);
      } else {
        await post(messageFrom(person, QUESTIONS[(i + turn) % QUESTIONS.length]!, options));
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: CONVERSATIONS }, (_, i) => conversation(i)));
  } catch (error) {
    bot.child.kill('SIGKILL');
    throw error;
  } finally {
    // Also when a turn fails: nothing of this test may outlive it.
    clearInterval(sampler);
  }
  bot.child.kill('SIGTERM');
  expect(await bot.exited()).toBe(0);

  const serverErrors = [...statuses].filter(([status]) => status >= 500);
  console.log(`soak: ${[...statuses].map(([s, n]) => `${n}×${s}`).join(', ')}; activations ${activated.size}; hand-offs ${handedOff.size}; RSS MB ${rssSamples.map((kb) => Math.round(kb / 1024)).join(' ')}`);
  expect(serverErrors).toEqual([]);
  expect(activated.size).toBeGreaterThan(0);

  const store = await openLowdbStore(dataDir);
  try {
    for (const i of activated) expect(await store.activationRequests.listByTenant(admin(i).tenantId)).toHaveLength(1);
    for (const i of handedOff) expect((await store.tickets.listByRequester(admin(i).tenantId, admin(i).aadObjectId)).length).toBeGreaterThanOrEqual(1);
  } finally {
    await store.close();
  }
  // Memory levels off: the second half of the run grows far less than the first.
  // V8 grows its heap in steps of tens of MB under load (a forced GC afterwards
  // returns to the idle heap), so the allowance is at least 150 MB: the bot
  // idles at ~150 MB, where half of it is one or two such steps, not a leak.
  if (rssSamples.length >= 6) {
    const third = Math.floor(rssSamples.length / 3);
    const warm = Math.max(...rssSamples.slice(0, third));
    const late = Math.max(...rssSamples.slice(-third));
    expect(late).toBeLessThan(Math.max(warm * 1.5, warm + 150 * 1024));
  }
}, (SECONDS + 120) * 1000);

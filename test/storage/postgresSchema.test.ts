/** What only PostgreSQL holds: migrations under a lock, constraints in the database, writes that touch only their rows. */
import pg from 'pg';
import { openPostgresStore } from '../../src/storage/postgres/pgStore.js';
import type { Store } from '../../src/storage/store.js';
import { createTestSchema } from '../postgres/testDatabase.js';
import { aCompany, aContract, anActivationRequest, aPerson } from './sampleRecords.js';

let schema: { url: string; drop(): Promise<void> };
let client: pg.Client;
const stores: Store[] = [];

beforeEach(async () => {
  schema = await createTestSchema();
  client = new pg.Client({ connectionString: schema.url });
  await client.connect();
});
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  await client.end();
  await schema.drop();
});

async function open(): Promise<Store> {
  const store = await openPostgresStore(schema.url, { poolSize: 2 });
  stores.push(store);
  return store;
}

it('applies each migration once when five replicas start together on an empty database', async () => {
  const opened = await Promise.all(Array.from({ length: 5 }, () => open()));
  const { rows } = await client.query<{ version: number; count: string }>('SELECT version, count(*) FROM schema_migrations GROUP BY version');
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(Number(row.count)).toBe(1);
  // Every replica works on the one schema.
  await opened[0]!.directory.saveCompany(aCompany());
  expect(await opened[4]!.directory.findCompany('tenant-a')).toEqual(aCompany());
});

it('refuses, in the database itself, a second request with the same idempotency key and a person of no company', async () => {
  const store = await open();
  await store.activationRequests.createOnce(anActivationRequest());
  await expect(
    client.query("INSERT INTO activation_requests (tenant_id, id, idempotency_key, requested_by, requested_at, status) VALUES ('tenant-a', 'other', 'key-1', 'aad-2', now(), 'pending')"),
  ).rejects.toMatchObject({ code: '23505' });
  await expect(client.query("INSERT INTO people (tenant_id, aad_object_id, name, roles, mpn, csp) VALUES ('ghost', 'aad-x', 'X', '{}', true, false)")).rejects.toMatchObject({
    code: '23503',
  });
  await expect(client.query("DELETE FROM companies WHERE tenant_id = 'tenant-a'")).rejects.toMatchObject({ code: '23503' }); // its request refers to it
});

it('numbers tickets from a database sequence shared by every replica', async () => {
  const [a, b] = await Promise.all([open(), open()]);
  const { aNewTicket } = await import('../domain/handoff/sampleTickets.js');
  const created = await Promise.all([a, b, a, b].map((s) => s!.tickets.create(aNewTicket())));
  expect(created.map((t) => t.number).sort()).toEqual([1001, 1002, 1003, 1004]);
});

it('a write rewrites only the rows it changes', async () => {
  const store = await open();
  await store.directory.saveCompany(aCompany({ tenantId: 'tenant-a' }));
  await store.directory.saveCompany(aCompany({ tenantId: 'tenant-b' }));
  await store.directory.savePerson(aPerson({ tenantId: 'tenant-a' }));
  await store.contracts.save(aContract({ tenantId: 'tenant-a', id: 'c1' }));
  await store.contracts.save(aContract({ tenantId: 'tenant-a', id: 'c2' }));
  const versions = async (): Promise<Record<string, string>> => {
    const { rows } = await client.query<{ what: string; xmin: string }>(
      `SELECT 'company:' || tenant_id AS what, xmin::text FROM companies UNION ALL SELECT 'person:' || aad_object_id, xmin::text FROM people
       UNION ALL SELECT 'contract:' || id, xmin::text FROM contracts`,
    );
    return Object.fromEntries(rows.map((r) => [r.what, r.xmin]));
  };
  const before = await versions();
  await store.contracts.save(aContract({ tenantId: 'tenant-a', id: 'c1', incidentsRemaining: 1 }));
  const after = await versions();
  expect(Object.keys(after).filter((k) => after[k] !== before[k])).toEqual(['contract:c1']);
});

/**
 * Isolation on the run's PostgreSQL server: each store a test opens lives in
 * a schema of its own (dropped afterwards); process tests get a database.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPostgresStore } from '../../src/storage/postgres/pgStore.js';
import type { StoreFactory } from '../helpers/storeFactories.js';

const TEST_DATABASE_URL = 'TEST_DATABASE_URL';

export function serverUrl(): string {
  const url = process.env[TEST_DATABASE_URL];
  if (!url) throw new Error(`${TEST_DATABASE_URL} is not set: run the tests through jest (its global setup starts PostgreSQL)`);
  return url;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const uniqueName = (prefix: string): string => `${prefix}_${randomBytes(6).toString('hex')}`;

/** A connection string whose tables live in a new, empty schema. */
export async function createTestSchema(): Promise<{ url: string; drop(): Promise<void> }> {
  const schema = uniqueName('t');
  await admin((c) => c.query(`CREATE SCHEMA ${schema}`));
  const url = new URL(serverUrl());
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { url: url.toString(), drop: () => admin((c) => c.query(`DROP SCHEMA ${schema} CASCADE`)).then(() => undefined) };
}

/** A connection string to a new, empty database. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = uniqueName('db');
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin((c) => c.query(`DROP DATABASE ${name} WITH (FORCE)`)).then(() => undefined) };
}

export const postgresStoreFactory: StoreFactory = async () => {
  const schema = await createTestSchema();
  const store = await openPostgresStore(schema.url, { poolSize: 4 });
  return {
    store,
    async cleanup() {
      await store.close();
      await schema.drop();
    },
  };
};

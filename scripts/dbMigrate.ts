/**
 * `npm run db:migrate`: applies pending PostgreSQL migrations to DATABASE_URL
 * and exits. The bot does the same at start-up; this is for deployments that
 * migrate before rolling out replicas.
 */
import { existsSync } from 'node:fs';
import { ConfigError, loadConfig } from '../src/config.js';
import { projectPath } from '../src/projectRoot.js';
import { createPool } from '../src/storage/postgres/pgDatabase.js';
import { loadMigrations, migrate } from '../src/storage/postgres/migrator.js';

async function main(): Promise<number> {
  const envFile = projectPath('.env');
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  const config = loadConfig(process.env);
  if (!config.databaseUrl) {
    console.error('db:migrate needs DATABASE_URL (postgres://user:password@host:5432/database); the embedded store needs no migration.');
    return 2;
  }
  const pool = createPool(config.databaseUrl, 1);
  try {
    const migrations = await loadMigrations();
    const applied = await migrate(pool, migrations);
    const latest = migrations.at(-1)?.version ?? 0;
    console.log(applied.length === 0 ? `Schema is up to date (version ${latest}).` : `Applied migrations ${applied.join(', ')}; schema is at version ${latest}.`);
    return 0;
  } finally {
    await pool.end();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`db:migrate failed: ${error instanceof ConfigError ? error.message : (error as Error).message}`);
    process.exit(1);
  },
);

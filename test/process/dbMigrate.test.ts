/** `npm run db:migrate` (the compiled script): applies the schema once, then reports it up to date. */
import { spawn } from 'node:child_process';
import pg from 'pg';
import { projectPath } from '../../src/projectRoot.js';
import { loadMigrations } from '../../src/storage/postgres/migrator.js';
import { assertBuilt } from '../helpers/processRunner.js';
import { createTestDatabase } from '../postgres/testDatabase.js';

function runMigrate(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  assertBuilt();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [projectPath('dist', 'scripts', 'dbMigrate.js')], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => resolve({ code, output }));
  });
}

it('migrates an empty database, then finds nothing to do', async () => {
  const versions = (await loadMigrations()).map((m) => m.version);
  const database = await createTestDatabase();
  try {
    const first = await runMigrate({ DATABASE_URL: database.url });
    expect(first.code).toBe(0);
    expect(first.output).toContain(`Applied migrations ${versions.join(', ')}`);
    expect(first.output).not.toContain(new URL(database.url).password); // the connection string's secret is never printed
    const again = await runMigrate({ DATABASE_URL: database.url });
    expect(again.code).toBe(0);
    expect(again.output).toContain('Schema is up to date');
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      expect((await client.query('SELECT version FROM schema_migrations ORDER BY version')).rows.map((r: { version: number }) => r.version)).toEqual(versions);
    } finally {
      await client.end();
    }
  } finally {
    await database.drop();
  }
}, 60_000);

it('without DATABASE_URL it says the embedded store needs no migration', async () => {
  const result = await runMigrate({});
  expect(result.code).toBe(2);
  expect(result.output).toContain('needs DATABASE_URL');
});

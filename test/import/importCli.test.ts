/**
 * `npm run import` as an operator runs it: the compiled CLI in a child
 * process on a temp data directory, then the bot itself on the imported data.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectPath } from '../../src/projectRoot.js';
import { spawnBot } from '../helpers/processRunner.js';

const cli = projectPath('dist', 'src', 'import', 'importCli.js');
const LITWARE = 'dbe1543c-c9a6-4e66-beed-fdd880dae529';
const MIKA = '02b11043-005f-4253-9a0d-f0c2d3589b75';

interface CliRun {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

function runCli(args: string[], dataDir: string): Promise<CliRun> {
  if (!existsSync(cli)) throw new Error('dist/src/import/importCli.js is missing: run `npm test` (it builds first) or `npx tsc -p .`');
  const child = spawn(process.execPath, [cli, ...args], { env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, out, err })));
}

/** Every Access ID and Contract ID of the example folder. */
async function exampleSecrets(): Promise<string[]> {
  const rows = (await readFile(projectPath('docs', 'import-example', 'contracts.csv'), 'utf8')).trim().split('\n').slice(1);
  return rows.flatMap((row) => row.split(',').slice(1, 3));
}

async function companyFiles(dataDir: string): Promise<string[]> {
  // Hidden names are the store's own (the write-ahead slot while a process has the store open).
  return (await readdir(join(dataDir, 'companies')).catch(() => [])).filter((name) => !name.startsWith('.'));
}

async function ask(port: number, text: string): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      text,
      deliveryMode: 'expectReplies',
      channelId: 'msteams',
      serviceUrl: `http://127.0.0.1:${port}/`,
      from: { id: '29:mika', aadObjectId: MIKA },
      recipient: { id: '28:bot' },
      conversation: { id: 'a:mika', conversationType: 'personal', tenantId: LITWARE },
      channelData: { tenant: { id: LITWARE } },
      locale: 'en-US',
    }),
  });
  return JSON.stringify(await response.json());
}

let dir: string;
let dataDir: string;
let folder: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'psb-import-cli-'));
  dataDir = join(dir, 'data');
  folder = join(dir, 'import');
  await cp(projectPath('docs', 'import-example'), folder, { recursive: true });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('npm run import', () => {
  it('dry-runs, imports, and the bot then answers from the imported contracts; no secret is printed in full', async () => {
    const dry = await runCli(['--dry-run', folder], dataDir);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('Dry run: nothing was written. 16 to add, 0 to update, 0 to remove, 0 unchanged.');
    expect(await companyFiles(dataDir)).toEqual([]);

    const real = await runCli([folder], dataDir);
    expect(real.code).toBe(0);
    expect(real.out).toContain('Imported: 16 added, 0 updated, 0 removed, 0 unchanged.');
    const again = await runCli([folder], dataDir);
    expect(again.out).toContain('Nothing to change');
    for (const secret of await exampleSecrets()) {
      for (const output of [dry, real, again]) expect(output.out + output.err).not.toContain(secret);
    }

    // The bot on the imported store: Mika is a known Global admin with 14 of 20 incidents left; no demo data was added.
    const bot = spawnBot({ DATA_DIR: dataDir, PORT: '0' });
    try {
      const port = await bot.ready();
      const reply = await ask(port, 'how many incidents do we have left?');
      expect(reply).toContain('Litware Inc has 14 of 20 on-premises product support incidents left');
      expect(await companyFiles(dataDir)).toHaveLength(3);
    } finally {
      bot.child.kill('SIGTERM');
      await bot.exited();
    }
  });

  it('one bad row imports nothing: exit code 1 and the file, line, column and problem', async () => {
    const contracts = (await readFile(join(folder, 'contracts.csv'), 'utf8')).split('\n');
    contracts[3] = contracts[3]!.replace('2026-07-01', '2026-13-01');
    const mistypedAccessId = '96CA8A47-17C0-4724-913E-D6366365159Z';
    contracts[1] = contracts[1]!.replace('96CA8A47-17C0-4724-913E-D6366365159A', mistypedAccessId);
    await writeFile(join(folder, 'contracts.csv'), contracts.join('\n'));
    const run = await runCli([folder], dataDir);
    expect(run.code).toBe(1);
    expect(run.err).toContain('contracts.csv, line 2, column C (access_id): "••••159Z" (masked) is not an Access ID');
    expect(run.err).toContain('contracts.csv, line 4, column H (start_date): "2026-13-01" is not a date written as yyyy-mm-dd');
    expect(run.err).toContain('nothing was imported');
    for (const secret of [mistypedAccessId, ...(await exampleSecrets())]) expect(run.out + run.err).not.toContain(secret);
    expect(await companyFiles(dataDir)).toEqual([]);
  });

  it('while the bot holds the data directory, says so plainly and how to proceed; imports after the bot stops', async () => {
    const bot = spawnBot({ DATA_DIR: dataDir, PORT: '0' });
    await bot.ready();
    const blocked = await runCli([folder], dataDir);
    expect(blocked.code).toBe(3);
    expect(blocked.err).toContain(`is in use by process ${bot.child.pid}`);
    expect(blocked.err).toContain('most likely the bot is running');
    expect(blocked.err).toContain('stop the bot, run the import again, then start the bot');
    expect(blocked.err).toContain('nothing was imported');
    bot.child.kill('SIGTERM');
    expect(await bot.exited()).toBe(0);

    const after = await runCli([folder], dataDir);
    expect(after.code).toBe(0);
    expect(after.out).toContain('+ added company Litware Inc');
  });

  it('explains its usage when the folder is missing or an option is unknown', async () => {
    const none = await runCli([], dataDir);
    expect(none.code).toBe(2);
    expect(none.err).toContain('Usage: npm run import -- [--dry-run] <folder>');
    const unknown = await runCli(['--force', folder], dataDir);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Unknown option --force');
  });
});

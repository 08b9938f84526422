/**
 * `npm run playground [-- <persona>]`: Microsoft 365 Agents Playground (a
 * local Teams client emulator) against the bot `npm start` runs in developer
 * mode, signed in as a demo persona: dave (Contoso, the default) or ivan (the
 * helpdesk agent, with the Tickets channel). Run one per persona, each on its
 * own port. Telemetry is off.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ConfigError, loadConfig } from '../src/config.js';
import { projectPath } from '../src/projectRoot.js';

const PERSONAS: Record<string, number> = { dave: 56150, ivan: 56151 };

function main(): void {
  const envFile = projectPath('.env');
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  const config = loadConfig(process.env);
  const persona = process.argv[2] ?? 'dave';
  const port = PERSONAS[persona];
  if (port === undefined) {
    console.error(`Unknown persona "${persona}": use one of ${Object.keys(PERSONAS).join(', ')} (playground/<persona>/.m365agentsplayground.yml).`);
    process.exit(2);
  }
  if (!config.developerMode) console.warn('MICROSOFT_APP_ID is set: the bot will refuse the playground\'s unauthenticated requests.');
  const cli = createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/cli.js');
  const endpoint = `http://127.0.0.1:${config.port}/api/messages`;
  console.log(`Agents Playground as ${persona}: http://localhost:${port} (bot endpoint ${endpoint})`);
  // The playground reads .m365agentsplayground.yml from its working folder.
  const child = spawn(process.execPath, [cli, '-e', endpoint, '-c', 'msteams', '-p', String(port), '--dt'], {
    cwd: projectPath('playground', persona),
    stdio: 'inherit',
  });
  const stop = (): void => void child.kill('SIGTERM');
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  child.once('exit', (code) => process.exit(code ?? 0));
}

try {
  main();
} catch (error) {
  console.error(error instanceof ConfigError ? `Cannot start the playground: ${error.message}` : error);
  process.exit(1);
}

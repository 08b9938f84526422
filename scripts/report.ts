/** Entry point of `npm run report`; see report/reportCommand.ts. */
import { existsSync } from 'node:fs';
import { ConfigError, loadConfig } from '../src/config.js';
import { projectPath } from '../src/projectRoot.js';
import { StoreLockedError } from '../src/storage/index.js';
import { buildReport, parseReportArgs, UsageError } from './report/reportCommand.js';

const USAGE = 'usage: npm run report -- --since yyyy-mm-dd [--until yyyy-mm-dd] [--format csv|json|text]';

async function main(): Promise<number> {
  const envFile = projectPath('.env');
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  const args = parseReportArgs(process.argv.slice(2), new Date());
  process.stdout.write(await buildReport(loadConfig(process.env), args));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`${error.message}\n${USAGE}`);
    else if (error instanceof StoreLockedError)
      console.error(`The bot is running on this embedded store (${error.message}); one process at a time may open it. Ask the bot "helpdesk report" as a helpdesk agent, stop the bot first, or use PostgreSQL (DATABASE_URL).`);
    else if (error instanceof ConfigError) console.error(`Cannot report: ${error.message}`);
    else console.error(error);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);

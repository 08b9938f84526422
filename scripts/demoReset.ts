/**
 * `npm run demo:reset`: empties the embedded store (DATA_DIR) so the next
 * `npm start` creates the demo directory and contracts again, dated from that
 * day, and every flow can be played once more. Refuses while the bot runs.
 */
import { existsSync } from 'node:fs';
import { ConfigError, loadConfig } from '../src/config.js';
import { projectPath } from '../src/projectRoot.js';
import { emptyDataDir, StoreLockedError } from '../src/storage/index.js';

async function main(): Promise<number> {
  const envFile = projectPath('.env');
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  const config = loadConfig(process.env);
  if (config.databaseUrl) {
    console.error('demo:reset empties the embedded store (DATA_DIR); DATABASE_URL is set, and a shared database is not reset from here.');
    return 2;
  }
  const removed = await emptyDataDir(config.dataDir);
  console.log(
    removed > 0
      ? `Demo store emptied (${config.dataDir}). The next npm start creates the demo data again.`
      : `Nothing to reset: ${config.dataDir} is already empty. npm start creates the demo data.`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof StoreLockedError) console.error(`Cannot reset while the bot runs on this store: ${error.message} Stop it first.`);
    else if (error instanceof ConfigError) console.error(`Cannot reset: ${error.message}`);
    else console.error(error);
    process.exit(1);
  },
);

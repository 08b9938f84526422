/**
 * Started by index.ts for `npm start`: reads settings (and a .env file if present), starts the bot,
 * and explains clearly when it cannot.
 */
import { existsSync } from 'node:fs';
import { startApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { DEVCHAT_PATH, devChatMounts } from './devchat/index.js';
import { createLogger } from './logger.js';
import { projectPath } from './projectRoot.js';
import { tabMounts } from './tab/index.js';

async function main(): Promise<void> {
  const envFile = projectPath('.env');
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Partner Support Bot cannot start: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  if (config.developerMode) {
    console.warn(
      [
        '',
        '==================================================================',
        '  DEVELOPER MODE: MICROSOFT_APP_ID is not set.',
        '  Requests are NOT authenticated; listening on loopback only.',
        '  Set MICROSOFT_APP_ID / MICROSOFT_APP_PASSWORD to run for Teams.',
        '==================================================================',
        '',
      ].join('\n'),
    );
  }
  // The local chat page and connector emulation exist only without authentication.
  const app = await startApp(config, logger, {
    mounts: (services) => [...(config.developerMode ? devChatMounts(services) : []), ...tabMounts(services)],
  });
  logger.info({ url: app.url, developerMode: config.developerMode }, 'Partner Support Bot is listening');
  console.warn(`Bot endpoint: ${app.url}/api/messages`);
  if (config.developerMode) console.warn(`Local chat (try every flow as a demo persona): ${app.url}${DEVCHAT_PATH}`);
  const stop = async (signal: string): Promise<void> => {
    logger.info({ signal }, 'stopping');
    // Last resort: a stop that hangs must not keep the data folder locked forever.
    setTimeout(() => {
      logger.error({ signal }, 'stopping took too long; exiting');
      process.exit(1);
    }, 10_000).unref();
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  const err = error as { message?: string; code?: string };
  console.error(`Partner Support Bot cannot start: ${err.message ?? String(error)}`);
  process.exit(1);
});

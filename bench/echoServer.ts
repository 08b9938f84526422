/**
 * The reference: a bare botbuilder echo bot on the product's own hosting code
 * (createHttpServer: restify + body parser + activity guard; createBotAdapter:
 * CloudAdapter with the same settings and middleware). Whatever the real bot
 * costs beyond this is the bot's own work: routing, language understanding,
 * store, cards.
 */
import { ActivityHandler } from 'botbuilder';
import type restify from 'restify';
import type { Config } from '../src/config.js';
import { createBotAdapter } from '../src/http/botAdapter.js';
import { createHttpServer, listen } from '../src/http/server.js';
import type { Logger } from '../src/logger.js';

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

export function createEchoBot(): ActivityHandler {
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(`Echo: ${context.activity.text ?? ''}`);
    await next();
  });
  return bot;
}

export async function startEchoServer(config: Config, logger: Logger): Promise<RunningServer> {
  const server: restify.Server = createHttpServer(config, createBotAdapter(config, logger), createEchoBot(), logger);
  const port = await listen(server, config.port, config.host);
  return {
    url: `http://${config.host}:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

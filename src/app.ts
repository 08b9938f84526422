/**
 * Composition root: config → store → rules → language model → bot → server.
 * index.ts runs it for `npm start`; end-to-end tests run it with a temporary
 * data directory. Nothing here decides behaviour; it only wires.
 */
import { join } from 'node:path';
import type restify from 'restify';
import type { BotServices } from './bot/botServices.js';
import type { Feature } from './bot/feature.js';
import { CardRenderer } from './bot/cards/cardRenderer.js';
import { ContractChangeFeed } from './bot/contractChangeFeed.js';
import { ConversationMemory } from './bot/conversationMemory.js';
import { ConversationRouter } from './bot/conversationRouter.js';
import { deliveryLimits } from './bot/delivery/deliveryLimits.js';
import { ProactiveMessenger } from './bot/delivery/proactiveMessenger.js';
import { defaultRetry } from './bot/delivery/retryPolicy.js';
import { ReplayGuard } from './bot/replayGuard.js';
import { SupportBot } from './bot/supportBot.js';
import type { Config } from './config.js';
import { systemClock, type Clock } from './domain/clock.js';
import { IdentityService } from './domain/directory/identityService.js';
import { declaredOffersOnly } from './domain/directory/declaredOffers.js';
import { EntitlementService } from './domain/entitlement/index.js';
import { RuleEngine } from './domain/ruleEngine/index.js';
import { createFeatures, type BotFeatures, type FeatureOptions } from './botFeatures.js';
import { createBotAdapter } from './http/botAdapter.js';
import { createHttpServer, listen, stopServer, type RouteMounter } from './http/server.js';
import { limitHeapGrowth } from './heapGrowth.js';
import type { Logger } from './logger.js';
import { createNlu } from './nlu/nluModel.js';
import { offerPhrases } from './nlu/offerPhrases.js';
import type { Repositories } from './domain/repositories.js';
import { loadProgramData, loadRules } from './ruleLoading/index.js';
import { openConfiguredStore, seedIfEmpty, type Store } from './storage/index.js';

export interface AppOptions extends FeatureOptions {
  readonly clock?: Clock;
  /** Extra routes (the local chat page and connector in developer mode, the tab). */
  readonly mounts?: (services: BotServices) => RouteMounter[];
  /** How often undelivered proactive messages are retried (default: OUTBOX_RETRY_SECONDS). */
  readonly outboxIntervalMs?: number;
}

export interface RunningApp {
  readonly server: restify.Server;
  readonly services: BotServices;
  /** Each feature as built for this bot (tests ask the reminder scanner for a scan now). */
  readonly features: BotFeatures;
  readonly store: Store;
  readonly port: number;
  readonly url: string;
  close(): Promise<void>;
}

export interface BuiltBot {
  readonly services: BotServices;
  readonly features: BotFeatures;
  readonly bot: SupportBot;
  readonly adapter: ReturnType<typeof createBotAdapter>;
}

export async function buildServices(config: Config, store: Store, logger: Logger, clock: Clock, options: FeatureOptions = {}): Promise<BuiltBot> {
  const programLoad = loadProgramData(join(config.rulesDir, 'program.json'));
  // The NLU names offers as the loaded program does (offer words feed entity extraction).
  const [catalog, program, nlu] = await Promise.all([
    loadRules(config.rulesDir),
    programLoad,
    programLoad.then((loaded) => createNlu({ offers: offerPhrases(loaded.offers()) })),
  ]);
  const rules = new RuleEngine(catalog);
  const cards = new CardRenderer();
  const adapter = createBotAdapter(config, logger);
  adapter.use(new ReplayGuard(store.processedActivities));
  const contractChanges = new ContractChangeFeed();
  const directory = declaredOffersOnly(store.directory, (offer) => program.hasOffer(offer), (tenantId, offer) =>
    logger.warn({ tenantId, offer }, 'a stored company holds an offer program.json does not declare: left out of answers, kept in the store'),
  );
  const repos: Repositories = { ...store, directory, contracts: contractChanges.observe(store.contracts) };
  const services: BotServices = {
    config,
    repos,
    identity: new IdentityService(directory),
    entitlements: EntitlementService.create(rules, program),
    program,
    rules,
    nlu,
    cards,
    proactive: new ProactiveMessenger(adapter, config.appId, store.conversationReferences, store.outbox, store.locks, cards, logger, defaultRetry, deliveryLimits(config), () => clock.now()),
    clock,
    logger,
    contractChanges,
  };
  const { features, tables } = createFeatures(services, options);
  const router = new ConversationRouter(services, tables);
  const bot = new SupportBot(services, router, new ConversationMemory(store.conversationContexts));
  return { services, features, bot, adapter };
}

/**
 * Demo data only where demo data is wanted (developer mode or DEMO_DATA=true),
 * seeded under a store-wide lock so replicas starting together seed once.
 * Otherwise an empty directory is said plainly, once, with how to fill it.
 */
async function prepareDirectory(config: Config, store: Store, logger: Logger, clock: Clock): Promise<void> {
  if (config.demoData) {
    if (await store.locks.run('demo-seed', () => seedIfEmpty(store, clock.today()))) logger.info('empty store: demo directory and contracts created');
    return;
  }
  if (await store.isEmpty()) {
    logger.warn(
      'The partner directory is empty: no company, person or contract is stored, so the bot answers general questions only. ' +
        'Import your data with `npm run import -- <folder>` (format: docs/data-import.md).',
    );
  }
}

export async function startApp(config: Config, logger: Logger, options: AppOptions = {}): Promise<RunningApp> {
  // Here rather than in index.ts, so `npm start`, the bench and the tests run the bot with the same heap.
  limitHeapGrowth(config.heapGrowingPercent);
  const clock = options.clock ?? systemClock;
  const store = await openConfiguredStore(config);
  const stoppers: Array<() => Promise<void>> = [];
  const stopAll = async (): Promise<void> => {
    for (const stop of stoppers.splice(0)) await stop();
  };
  try {
    await prepareDirectory(config, store, logger, clock);
    const { services, features, bot, adapter } = await buildServices(config, store, logger, clock, options);
    // Features start background work before the bot takes any traffic (their rule files were checked as they were built).
    for (const feature of Object.values<Feature>(features)) if (feature.start) stoppers.push(await feature.start());
    stoppers.push(services.proactive.startOutbox(options.outboxIntervalMs ?? config.outboxRetrySeconds * 1000));
    const server = createHttpServer(config, adapter, bot, logger, options.mounts?.(services) ?? []);
    const port = await listen(server, config.port, config.host);
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    return {
      server,
      services,
      features,
      store,
      port,
      url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
      async close() {
        await stopAll();
        await stopServer(server);
        await store.close();
      },
    };
  } catch (error) {
    await stopAll();
    await store.close();
    throw error;
  }
}

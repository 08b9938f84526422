/**
 * Part of the composition root: every feature, given only the services it
 * uses. This set is the one list the router's tables come from; its order is
 * the order interceptors see a message in (reminder commands first, so "stop
 * reminders" works even while a ticket's relay is on) and background work
 * starts in.
 */
import type { BotServices } from './bot/botServices.js';
import type { RouterTables } from './bot/conversationRouter.js';
import { createActivationFeature } from './bot/features/activation/index.js';
import { createConversationFeature } from './bot/features/conversation/index.js';
import { createCspFeature } from './bot/features/csp/index.js';
import { createHandoffFeature } from './bot/features/handoff/index.js';
import { createHelpdeskInsightsFeature } from './bot/features/helpdeskInsights/index.js';
import { createKnowledgeFeature } from './bot/features/knowledge/index.js';
import { createLinkingFeature } from './bot/features/linking/index.js';
import { createRemindersFeature } from './bot/features/reminders/index.js';
import { routerTables } from './bot/routerTables.js';

export interface FeatureOptions {
  /** How often the hand-off worker looks for undelivered ticket work (default 5 s). */
  readonly ticketWorkerIntervalMs?: number;
}

export function createFeatures(services: BotServices, options: FeatureOptions = {}) {
  const { config, repos, identity, entitlements, program, rules, nlu, proactive, clock, logger, contractChanges } = services;
  const features = {
    reminders: createRemindersFeature({ config, repos, program, proactive, contractChanges, clock, logger }),
    helpdeskInsights: createHelpdeskInsightsFeature({ config, repos, proactive, clock, logger }),
    handoff: createHandoffFeature({ config, repos, program, nlu, proactive, clock, logger }, { intervalMs: options.ticketWorkerIntervalMs }),
    linking: createLinkingFeature({ repos, entitlements, rules, program, clock, logger }),
    conversation: createConversationFeature({ allIntents: () => tables.intents }),
    knowledge: createKnowledgeFeature({ program, nlu, entitlements, identity, repos, clock }),
    activation: createActivationFeature({ config, repos, rules, entitlements, program, proactive, clock, logger }),
    csp: createCspFeature({ rules, repos, entitlements, program, identity, clock, logger }),
  };
  const tables: RouterTables = routerTables(features);
  return { features, tables };
}

export type BotFeatures = ReturnType<typeof createFeatures>['features'];

/**
 * The complete intent and card-verb tables, assembled from the features.
 * Typed as full Records: a topic or verb without a handler does not compile.
 */
import type { Intent } from '../nlu/intents.js';
import type { CardVerb } from './cardVerbs.js';
import type { RouterTables } from './conversationRouter.js';
import { activationFeature } from './features/activation/index.js';
import { conversationFeature } from './features/conversation/index.js';
import { cspFeature } from './features/csp/index.js';
import { handoffFeature } from './features/handoff/index.js';
import { knowledgeFeature } from './features/knowledge/index.js';
import { linkingFeature } from './features/linking/index.js';
import { helpdeskInsightsFeature } from './features/helpdeskInsights/index.js';
import { remindersFeature } from './features/reminders/index.js';
import type { IntentHandler, VerbHandler } from './turnRequest.js';

const conversation = conversationFeature(() => intents);

const intents: Record<Intent, IntentHandler> = {
  ...conversation.intents,
  ...knowledgeFeature.intents,
  ...activationFeature.intents,
  ...linkingFeature.intents,
  ...cspFeature.intents,
  ...handoffFeature.intents,
};

const verbs: Record<CardVerb, VerbHandler> = {
  ...conversation.verbs,
  ...activationFeature.verbs,
  ...linkingFeature.verbs,
  ...cspFeature.verbs,
  ...handoffFeature.verbs,
  ...remindersFeature.verbs,
};

/** Background work of every feature, started by the composition root. */
export const featureStarters = [activationFeature, linkingFeature, cspFeature, handoffFeature, remindersFeature, helpdeskInsightsFeature]
  .map((f) => f.start)
  .filter((start) => start !== undefined);

export const routerTables: RouterTables = {
  intents,
  verbs,
  // Reminder commands first: "stop reminders" must work even while a ticket's relay is on.
  interceptors: [...(remindersFeature.interceptors ?? []), ...(helpdeskInsightsFeature.interceptors ?? []), ...(handoffFeature.interceptors ?? []), ...(linkingFeature.interceptors ?? []), ...(knowledgeFeature.interceptors ?? [])],
};

/**
 * What a feature folder exports from its index.ts: its intent handlers, its
 * card-verb handlers and any interceptors. routerTables.ts assembles them into
 * complete Record<Intent,…> and Record<CardVerb,…> tables.
 */
import type { BotServices } from './botServices.js';
import type { CardVerb } from './cardVerbs.js';
import type { TurnInterceptor } from './feature.js';
import type { Intent } from '../nlu/intents.js';
import type { IntentHandler, VerbHandler } from './turnRequest.js';

export interface FeatureModule<I extends Intent, V extends CardVerb> {
  readonly intents: Readonly<Record<I, IntentHandler>>;
  readonly verbs: Readonly<Record<V, VerbHandler>>;
  readonly interceptors?: readonly TurnInterceptor[];
  /**
   * Background work the feature runs while the bot is up (a retry queue, a
   * demo processor). Called once after start-up; returns its stop function.
   */
  readonly start?: (services: BotServices) => Promise<() => Promise<void>>;
}

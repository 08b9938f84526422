/**
 * What a feature gives the bot. Each feature folder exports a factory
 * (createActivationFeature(deps), …) that takes only the services it uses,
 * builds its own once, and returns this: its intent handlers, its card-verb
 * handlers, interceptors that see a message before language understanding
 * (the hand-off relay forwards messages while a ticket is assigned), and any
 * background work. routerTables.ts assembles the complete tables from the
 * composition root's list of features.
 */
import type { Intent } from '../nlu/intents.js';
import type { CardVerb } from './cardVerbs.js';
import type { Reply } from './reply.js';
import type { IntentRequest, TurnRequest, VerbRequest, VerbResult } from './turnRequest.js';

export type IntentHandler = (request: IntentRequest) => Promise<Reply[]>;
export type VerbHandler = (request: VerbRequest) => Promise<VerbResult>;
/** Answers a message before language understanding, or passes (undefined). */
export type TurnInterceptor = (request: TurnRequest) => Promise<Reply[] | undefined>;
/** Stops background work; resolves once what it was doing has finished. */
export type StopWork = () => Promise<void>;

export interface Feature<I extends Intent = never, V extends CardVerb = never> {
  readonly intents: Readonly<Record<I, IntentHandler>>;
  readonly verbs: Readonly<Record<V, VerbHandler>>;
  readonly interceptors?: readonly TurnInterceptor[];
  /**
   * Background work the feature runs while the bot is up (a retry queue, a
   * demo processor). Called once after start-up, before the bot takes traffic.
   */
  readonly start?: () => Promise<StopWork>;
}

/**
 * Gives a feature's handlers, written as (request, services), their services
 * once: what the feature's factory returns takes the request alone.
 */
export function withServices<K extends string, R, A, S>(handlers: Readonly<Record<K, (request: R, services: S) => A>>, services: S): Record<K, (request: R) => A> {
  const bound = {} as Record<K, (request: R) => A>;
  for (const name of Object.keys(handlers) as K[]) {
    const handler = handlers[name];
    bound[name] = (request) => handler(request, services);
  }
  return bound;
}

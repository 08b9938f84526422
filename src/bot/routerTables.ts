/**
 * The complete intent and card-verb tables, assembled from the composition
 * root's features. The features are given as one named set: its order is the
 * order interceptors run in, and its type says which intents and verbs the
 * features answer. A topic or verb no feature answers does not compile (the
 * error asks for a property `unanswered` of the missing names); two features
 * answering the same one stop start-up.
 */
import type { Intent } from '../nlu/intents.js';
import type { CardVerb } from './cardVerbs.js';
import type { RouterTables } from './conversationRouter.js';
import type { Feature, IntentHandler, TurnInterceptor, VerbHandler } from './feature.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any feature, whatever it answers
type AnyFeature = Feature<any, any>;
export type FeatureSet = Readonly<Record<string, AnyFeature>>;

type IntentsOf<F> = F extends { readonly intents: infer T } ? keyof T : never;
type VerbsOf<F> = F extends { readonly verbs: infer T } ? keyof T : never;
/** The intents and verbs no feature of the set answers: `never` when the set is complete. */
export type Unanswered<S extends FeatureSet> = Exclude<Intent, IntentsOf<S[keyof S]>> | Exclude<CardVerb, VerbsOf<S[keyof S]>>;

function merged<K extends string, H>(tables: ReadonlyArray<Readonly<Record<string, H>>>, what: string): Record<K, H> {
  const all: Record<string, H> = {};
  for (const table of tables) {
    for (const [name, handler] of Object.entries(table)) {
      if (name in all) throw new Error(`Two features answer the ${what} "${name}".`);
      all[name] = handler;
    }
  }
  return all as Record<K, H>;
}

/** An incomplete set asks for a property `unanswered` naming what is missing, so it does not compile. */
type Complete<S extends FeatureSet> = [Unanswered<S>] extends [never] ? S : S & { readonly unanswered: Unanswered<S> };

export function routerTables<S extends FeatureSet>(features: Complete<S>): RouterTables {
  const list = Object.values<AnyFeature>(features as FeatureSet);
  return {
    intents: merged<Intent, IntentHandler>(list.map((f) => f.intents), 'intent'),
    verbs: merged<CardVerb, VerbHandler>(list.map((f) => f.verbs), 'card verb'),
    interceptors: list.flatMap((f): readonly TurnInterceptor[] => f.interceptors ?? []),
  };
}

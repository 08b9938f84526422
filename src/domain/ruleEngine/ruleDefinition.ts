/**
 * The shape of rule data once validated: json-rules-engine's rule format,
 * restricted to what we validate (all / any / not, fact conditions), plus what
 * an evaluation returns. Types only.
 */

/** `{ "fact": "offerLevel", "operator": "equal", "value": "gold" }`; value may be `{ "fact": "other" }`. */
export interface FactCondition {
  fact: string;
  operator: string;
  value: unknown;
  path?: string;
  params?: Record<string, unknown>;
}

export type NestedCondition = FactCondition | TopLevelCondition;

export type TopLevelCondition =
  | { all: NestedCondition[] }
  | { any: NestedCondition[] }
  | { not: NestedCondition };

export interface RuleEventDefinition {
  type: string;
  params: Record<string, unknown>;
}

export interface RuleDefinition {
  name: string;
  /** json-rules-engine runs higher priorities first; default 1. */
  priority?: number;
  conditions: TopLevelCondition;
  event: RuleEventDefinition;
}

/** One validated rule file. Top-level keys other than ruleSets/facts/$… are settings. */
export interface RuleFile {
  readonly file: string;
  readonly ruleSets: Readonly<Record<string, readonly RuleDefinition[]>>;
  /** Optional per set: fact name → what it means. When present, rules may use no other fact. */
  readonly facts: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly settings: Readonly<Record<string, unknown>>;
}

/** A rule with where it came from, so errors and "why" can point at it. */
export interface LoadedRule {
  readonly file: string;
  readonly set: string;
  readonly index: number;
  readonly definition: RuleDefinition;
}

export interface FiredEvent {
  readonly type: string;
  readonly params: Record<string, unknown>;
  /** Name of the rule that produced the event: the "why" the bot can show. */
  readonly rule: string;
}

export interface Decision {
  readonly events: FiredEvent[];
}

export type Facts = Readonly<Record<string, unknown>>;

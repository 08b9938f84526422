/**
 * Evaluates a named rule set against plain facts and returns the events that
 * fired, each with the name of its rule. One json-rules-engine Engine is built
 * per set at construction, never per evaluation. Rules have no side effects:
 * callers act on the returned Decision.
 *
 * Rules never change while the bot runs, so a decision is a pure function of
 * its facts: decisions on a few flat facts (the activation checks run two or
 * three times per click, on five yes/no-like facts) are kept and copied out
 * instead of running the engine again.
 */
import { Engine } from 'json-rules-engine';
import { LruCache } from '../../lruCache.js';
import type { Decision, Facts, FiredEvent } from './ruleDefinition.js';
import type { RuleCatalog } from './ruleCatalog.js';

export class UnknownRuleSetError extends Error {
  override readonly name = 'UnknownRuleSetError';
  readonly code = 'RULE_SET_UNKNOWN';

  constructor(readonly setName: string, known: readonly string[]) {
    super(`no rule set "${setName}" is loaded (loaded: ${known.join(', ') || 'none'})`);
  }
}

interface CompiledSet {
  readonly engine: Engine;
  /** Declaration order, to sort events deterministically within a priority. */
  readonly order: ReadonlyMap<string, number>;
}

/** Facts that are all strings, numbers, booleans or null have a short exact key; other facts are not kept. */
function flatFactsKey(setName: string, facts: Facts): string | undefined {
  for (const value of Object.values(facts)) {
    if (value !== null && typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return undefined;
  }
  const key = `${setName}\u0000${JSON.stringify(facts)}`;
  return key.length <= MAX_KEY_LENGTH ? key : undefined;
}

/** How many decisions are kept, and the longest facts kept (a key is set name plus facts as JSON). */
const RECENT_DECISIONS = 500;
const MAX_KEY_LENGTH = 1000;

const copyDecision = (decision: Decision): Decision => ({ events: decision.events.map((e) => ({ ...e, params: structuredClone(e.params) })) });

export class RuleEngine {
  private readonly sets = new Map<string, CompiledSet>();
  private readonly recent = new LruCache<string, Decision>(RECENT_DECISIONS);

  /** The rules it was built from; services read their settings from it. */
  constructor(readonly catalog: RuleCatalog) {
    for (const setName of catalog.setNames()) {
      const rules = catalog.rules(setName);
      // allowUndefinedFacts: a fact the caller did not supply makes conditions false, not an exception.
      const engine = new Engine([], { allowUndefinedFacts: true });
      // A copy: json-rules-engine keeps references to what it is given.
      for (const rule of rules) engine.addRule(structuredClone(rule.definition));
      this.sets.set(setName, { engine, order: new Map(rules.map((r, i) => [r.definition.name, i])) });
    }
  }

  hasSet(setName: string): boolean {
    return this.sets.has(setName);
  }

  setNames(): string[] {
    return [...this.sets.keys()];
  }

  async evaluate(setName: string, facts: Facts): Promise<Decision> {
    const compiled = this.sets.get(setName);
    if (!compiled) throw new UnknownRuleSetError(setName, this.setNames());
    const key = flatFactsKey(setName, facts);
    const kept = key === undefined ? undefined : this.recent.get(key);
    if (kept) return copyDecision(kept);
    const decision = await this.run(compiled, facts);
    if (key !== undefined) this.recent.set(key, copyDecision(decision));
    return decision;
  }

  private async run(compiled: CompiledSet, facts: Facts): Promise<Decision> {
    const { results } = await compiled.engine.run({ ...facts });
    const fired = results
      .map((result) => ({
        priority: result.priority ?? 1,
        order: compiled.order.get(result.name) ?? 0,
        event: toFiredEvent(result.name, result.event),
      }))
      .sort((a, b) => b.priority - a.priority || a.order - b.order);
    return { events: fired.map((f) => f.event) };
  }
}

function toFiredEvent(rule: string, event: { type: string; params?: Record<string, unknown> } | undefined): FiredEvent {
  return { type: event?.type ?? '', params: structuredClone(event?.params ?? {}), rule };
}

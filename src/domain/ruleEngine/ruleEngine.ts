/**
 * Evaluates a named rule set against plain facts and returns the events that
 * fired, each with the name of its rule. One json-rules-engine Engine is built
 * per set at construction, never per evaluation. Rules have no side effects:
 * callers act on the returned Decision.
 */
import { Engine } from 'json-rules-engine';
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

export class RuleEngine {
  private readonly sets = new Map<string, CompiledSet>();

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

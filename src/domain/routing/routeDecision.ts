/**
 * Turns the routing rule set's fired events into one decision. The highest
 * priority wins; two winners at the same priority, or none at all, is a gap
 * in the rule data and fails loudly rather than guessing a route.
 */
import { LINK_IDS, type LinkId } from '../entitlement/index.js';
import type { FiredEvent, RuleCatalog } from '../ruleEngine/index.js';
import { isRoute, type Route, type RoutingFacts } from './routingFacts.js';

export const ROUTING_RULE_SET = 'routing';
export const ROUTE_EVENT = 'route';

export interface RouteDecision {
  readonly route: Route;
  /** The winning rule's name: the "why" the card shows. */
  readonly rule: string;
  /** Key of the explanation shown under Why?; the bot falls back to the rule name. */
  readonly reason: string;
  readonly links: readonly LinkId[];
  readonly contractNeeded: boolean;
  readonly linkFirst: boolean;
  /** The topic to offer next (activateFirst). */
  readonly nextIntent?: string;
  readonly facts: RoutingFacts;
}

export class RoutingRulesError extends Error {
  override readonly name = 'RoutingRulesError';
  readonly code = 'ROUTING_RULES_INVALID';
}

const isLinkId = (value: unknown): value is LinkId => typeof value === 'string' && (LINK_IDS as readonly string[]).includes(value);

/** Start-up check of the rule data, so a typo stops the bot, not a conversation. */
export function checkRoutingRules(catalog: RuleCatalog): void {
  const rules = catalog.rules(ROUTING_RULE_SET);
  if (rules.length === 0) throw new RoutingRulesError(`no "${ROUTING_RULE_SET}" rule set is loaded`);
  const priorities = new Map<number, string>();
  for (const { definition, file } of rules) {
    const where = `${file}: rule "${definition.name}"`;
    const { type, params } = definition.event;
    if (type !== ROUTE_EVENT) throw new RoutingRulesError(`${where}: event type must be "${ROUTE_EVENT}"`);
    if (!isRoute(params.route)) throw new RoutingRulesError(`${where}: unknown route ${JSON.stringify(params.route)}`);
    if (typeof params.reason !== 'string' || params.reason === '') throw new RoutingRulesError(`${where}: needs a "reason"`);
    const links = params.links ?? [];
    if (!Array.isArray(links) || !links.every(isLinkId)) throw new RoutingRulesError(`${where}: links must be ids from program.json (${LINK_IDS.join(', ')})`);
    const priority = definition.priority ?? 1;
    const clash = priorities.get(priority);
    // Distinct priorities make "exactly one route" hold by construction.
    if (clash) throw new RoutingRulesError(`${where}: priority ${priority} is already used by "${clash}"`);
    priorities.set(priority, definition.name);
  }
}

export function decideRoute(events: readonly FiredEvent[], facts: RoutingFacts): RouteDecision {
  const winner = events.find((e) => e.type === ROUTE_EVENT);
  if (!winner) throw new RoutingRulesError(`no routing rule matched ${JSON.stringify(facts)}; the catch-all rule is missing`);
  const { params } = winner;
  if (!isRoute(params.route)) throw new RoutingRulesError(`rule "${winner.rule}": unknown route`);
  const links = Array.isArray(params.links) ? params.links.filter(isLinkId) : [];
  const decision: RouteDecision = {
    route: params.route,
    rule: winner.rule,
    reason: typeof params.reason === 'string' ? params.reason : winner.rule,
    links,
    contractNeeded: params.contractNeeded === true,
    linkFirst: params.linkFirst === true,
    facts,
  };
  return typeof params.nextIntent === 'string' ? { ...decision, nextIntent: params.nextIntent } : decision;
}

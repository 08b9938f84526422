/** Support routing: which plan and portal a request goes to, decided by src/rules/routing.json. */
export { RoutingService, type RoutingOutcome, type RoutingQuery } from './routingService.js';
export { checkRoutingRules, decideRoute, RoutingRulesError, ROUTE_EVENT, ROUTING_RULE_SET, type RouteDecision } from './routeDecision.js';
export { ROUTES, UNKNOWN_USER_FACTS, isRoute, type ContractFact, type Route, type RoutingFacts, type RoutingProductKind } from './routingFacts.js';
export { bestStanding, buildRoutingFacts, type RoutingSubject } from './routingFactsBuilder.js';
export { matchCustomer, mentionsCustomer } from './customerMatcher.js';

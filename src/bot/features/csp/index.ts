/**
 * Support routing: "where do I open this request?" for the user's own
 * products or for a CSP customer. The decision comes from routing.json over
 * facts from the store; this feature only gathers the question (product,
 * customer) and renders the answer.
 */
import type { Clock } from '../../../domain/clock.js';
import type { EntitlementService } from '../../../domain/entitlement/index.js';
import type { Repositories } from '../../../domain/repositories.js';
import type { RuleEngine } from '../../../domain/ruleEngine/index.js';
import { RoutingService, type RoutingQuery } from '../../../domain/routing/index.js';
import type { Logger } from '../../../logger.js';
import type { Feature, IntentHandler, VerbHandler } from '../../feature.js';
import { conversationReplies } from '../conversation/conversationReplies.js';
import { productById } from './productChoices.js';
import type { RouteServices } from './routeContext.js';
import { routeReply } from './routeReply.js';

export interface CspDeps extends RouteServices {
  readonly rules: RuleEngine;
  readonly repos: Pick<Repositories, 'contracts' | 'customers'>;
  readonly entitlements: EntitlementService;
  readonly clock: Clock;
  readonly logger: Logger;
}

/** Builds the routing service at once: broken routing rules stop the bot before the first conversation. */
export function createCspFeature(deps: CspDeps): Feature<'cspServiceRequest', 'chooseRouteOption'> {
  const routing = RoutingService.create(deps.rules, deps.repos, deps.entitlements, deps.clock);
  const services: RouteServices = { program: deps.program, identity: deps.identity };

  const routeRequest: IntentHandler = async (request) => {
    const { entities } = request.understanding;
    const query: RoutingQuery = {
      // Width and script variants (full-width letters and digits) read as typed in ASCII.
      text: request.text.normalize('NFKC'),
      // The topic button "Request for a CSP customer" sends no text: the button itself says it is for a customer.
      ...(request.text.trim() === '' ? { forCustomer: true } : {}),
      ...(entities.product !== undefined ? { product: entities.product } : {}),
      ...(entities.productKind !== undefined ? { productKind: entities.productKind } : {}),
      ...(entities.oldProduct === true ? { oldProduct: true } : {}),
    };
    const outcome = await routing.route(request.requester, query);
    deps.logger.info({ route: outcome.decision.route, rule: outcome.decision.rule }, 'support route');
    return [await routeReply({ language: request.language, requester: request.requester, outcome, services })];
  };

  /**
   * A choice from a route card. The data is untrusted: the customer must be one
   * of the clicker's own company's customers in the store, the product one of
   * the catalogue's.
   */
  const chooseRouteOption: VerbHandler = async (request) => {
    const { data, requester, language } = request;
    const { customerId, product } = data;
    if (customerId !== undefined && (typeof customerId !== 'string' || customerId === '')) return { replies: [conversationReplies.malformed(language, 'customerId')] };
    if (product !== undefined && (typeof product !== 'string' || productById(product) === undefined)) return { replies: [conversationReplies.malformed(language, 'product')] };
    if (customerId !== undefined) {
      const owned = requester.known ? await routing.customerOf(requester.company.tenantId, customerId) : undefined;
      if (!owned) {
        deps.logger.warn({ verb: 'chooseRouteOption' }, 'customer of another company refused');
        return { replies: [conversationReplies.refusal(language, 'forbidden')] };
      }
    }
    const chosen = product === undefined ? undefined : productById(product);
    const query: RoutingQuery = {
      ...(customerId !== undefined ? { customerId } : {}),
      ...(chosen ? { product: chosen.id, productKind: chosen.kind } : {}),
    };
    const outcome = await routing.route(requester, query);
    return { replies: [await routeReply({ language, requester, outcome, services })] };
  };

  return { intents: { cspServiceRequest: routeRequest }, verbs: { chooseRouteOption } };
}

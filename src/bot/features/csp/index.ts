/**
 * Support routing: "where do I open this request?" for the user's own
 * products or for a CSP customer. The decision comes from routing.json over
 * facts from the store; this feature only gathers the question (product,
 * customer) and renders the answer.
 */
import type { RoutingQuery } from '../../../domain/routing/index.js';
import type { FeatureModule } from '../../featureModule.js';
import type { IntentHandler, VerbHandler } from '../../turnRequest.js';
import { conversationReplies } from '../conversation/conversationReplies.js';
import { productById } from './productChoices.js';
import { routeReply } from './routeReply.js';
import { routingServiceFor } from './routingServiceFor.js';

const routeRequest: IntentHandler = async (request, services) => {
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
  const outcome = await routingServiceFor(services).route(request.requester, query);
  services.logger.info({ route: outcome.decision.route, rule: outcome.decision.rule }, 'support route');
  return [await routeReply({ language: request.language, requester: request.requester, outcome, services })];
};

/**
 * A choice from a route card. The data is untrusted: the customer must be one
 * of the clicker's own company's customers in the store, the product one of
 * the catalogue's.
 */
const chooseRouteOption: VerbHandler = async (request, services) => {
  const { data, requester, language } = request;
  const { customerId, product } = data;
  if (customerId !== undefined && (typeof customerId !== 'string' || customerId === '')) return { replies: [conversationReplies.malformed(language, 'customerId')] };
  if (product !== undefined && (typeof product !== 'string' || productById(product) === undefined)) return { replies: [conversationReplies.malformed(language, 'product')] };
  const routing = routingServiceFor(services);
  if (customerId !== undefined) {
    const owned = requester.known ? await routing.customerOf(requester.company.tenantId, customerId) : undefined;
    if (!owned) {
      services.logger.warn({ verb: 'chooseRouteOption' }, 'customer of another company refused');
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

export const cspFeature: FeatureModule<'cspServiceRequest', 'chooseRouteOption'> = {
  intents: { cspServiceRequest: routeRequest },
  verbs: { chooseRouteOption },
  // Builds the routing service once at start-up: broken routing rules stop the bot here.
  start: async (services) => {
    routingServiceFor(services);
    return async () => undefined;
  },
};

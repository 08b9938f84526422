/**
 * One answer per route. A Record over every route, so a route added to the
 * domain without an answer here does not compile.
 */
import type { Route } from '../../../domain/routing/index.js';
import type { Reply } from '../../reply.js';
import { cspGeneralReply } from './generalRoute.js';
import { cspServiceRequestReply, productSupportReply, signatureCloudReply } from './routeAnswers.js';
import { askCustomerReply, askProductReply } from './routeChoices.js';
import type { RouteContext } from './routeContext.js';
import { activateFirstReply, helpdeskReply, notEligibleReply, notPermittedReply } from './routeStops.js';

const ANSWERS: Readonly<Record<Route, (context: RouteContext) => Reply | Promise<Reply>>> = {
  cspServiceRequest: cspServiceRequestReply,
  cspGeneral: cspGeneralReply,
  signatureCloud: signatureCloudReply,
  productSupport: productSupportReply,
  notEligible: notEligibleReply,
  notPermitted: notPermittedReply,
  activateFirst: activateFirstReply,
  helpdesk: helpdeskReply,
  askCustomer: askCustomerReply,
  askProduct: askProductReply,
};

export async function routeReply(context: RouteContext): Promise<Reply> {
  return ANSWERS[context.outcome.decision.route](context);
}

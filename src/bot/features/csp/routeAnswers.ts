/**
 * The route cards that send a request somewhere: a CSP service request in
 * Partner Center, Signature Cloud Support in the Azure portal, product
 * support in Support for Business. Each shows steps, what is needed, links
 * and why.
 */
import { bestStanding } from '../../../domain/routing/index.js';
import type { ContractStanding } from '../../../domain/entitlement/index.js';
import type { BenefitKind } from '../../../domain/model.js';
import { answerReply } from '../../cards/answerCard.js';
import type { Reply } from '../../reply.js';
import { conversationMessages } from '../conversation/conversationMessages.js';
import { productName } from './productChoices.js';
import { type RouteContext, routeLinks, routeWhy } from './routeContext.js';
import { routeMessages } from './routeMessages.js';

function standing(context: RouteContext, benefit: BenefitKind): ContractStanding | undefined {
  return bestStanding(context.outcome.picture?.standings ?? [], benefit);
}

function standingFacts(context: RouteContext, found: ContractStanding | undefined): Array<{ label: string; value: string }> {
  if (!found) return [];
  const m = routeMessages.for(context.language);
  const left = found.remaining === null ? m('unlimited') : String(found.remaining);
  return [
    { label: m('incidentsLabel'), value: left },
    { label: m('validUntilLabel'), value: found.endDate },
  ];
}

/** Did this user's own account add the contract? Otherwise they need its IDs the first time. */
function addedByRequester(context: RouteContext, found: ContractStanding | undefined): boolean {
  const { requester, outcome } = context;
  const contract = outcome.picture?.contracts.find((c) => c.id === found?.id);
  return requester.known && (contract?.associations.some((a) => a.aadObjectId === requester.person.aadObjectId) ?? false);
}

function product(context: RouteContext): string {
  return productName(context.language, context.outcome.decision.facts.product) ?? routeMessages.for(context.language)('anyProduct');
}

export function cspServiceRequestReply(context: RouteContext): Reply {
  const m = routeMessages.for(context.language);
  const { decision, customer } = context.outcome;
  const params = { customer: customer?.name ?? '', product: product(context) };
  const needsContract = decision.contractNeeded;
  return answerReply({
    title: m('cspTitle', params),
    summary: needsContract ? m('cspSummaryContract', params) : m('cspSummaryPlan', params),
    facts: [
      { label: m('routeLabel'), value: m('cspRoute') },
      { label: m('customerLabel'), value: params.customer },
      { label: m('productLabel'), value: params.product },
      { label: m('contractLabel'), value: needsContract ? m('contractSignature') : m('contractNotNeeded') },
      ...(needsContract ? standingFacts(context, standing(context, 'signatureCloudSupport')) : [{ label: m('planLabel'), value: m('cspPlan') }]),
    ],
    sections: [
      {
        heading: m('stepsHeading'),
        numbered: true,
        items: [m('cspStep1'), m('cspStep2'), m('cspStep3', params), m('cspStep4'), m('cspStep5', params), needsContract ? m('cspStep6Contract') : m('cspStep6Plan')],
      },
    ],
    links: routeLinks(context),
    why: routeWhy(context),
    whyTitle: conversationMessages.for(context.language)('whyTitle'),
  });
}

export function signatureCloudReply(context: RouteContext): Reply {
  const m = routeMessages.for(context.language);
  const { decision } = context.outcome;
  const found = standing(context, 'signatureCloudSupport');
  const steps = decision.linkFirst ? [m('sigStep1'), m('sigStep2'), m('sigStepNew')] : [m('sigStepNew')];
  return answerReply({
    title: m('signatureTitle'),
    summary: decision.linkFirst ? m('signatureSummaryLinkFirst') : m('signatureSummary'),
    facts: [
      { label: m('routeLabel'), value: m('signatureRoute') },
      { label: m('productLabel'), value: product(context) },
      { label: m('contractLabel'), value: m('contractSignature') },
      ...standingFacts(context, found),
    ],
    sections: [{ heading: m('stepsHeading'), numbered: true, items: steps }],
    links: routeLinks(context),
    why: routeWhy(context),
    whyTitle: conversationMessages.for(context.language)('whyTitle'),
  });
}

export function productSupportReply(context: RouteContext): Reply {
  const m = routeMessages.for(context.language);
  const found = standing(context, 'productSupport');
  const own = addedByRequester(context, found);
  const remaining = found?.remaining === null || found === undefined ? m('unlimited') : String(found.remaining);
  return answerReply({
    title: m('productTitle'),
    summary: m('productSummary', { remaining }),
    facts: [
      { label: m('routeLabel'), value: m('productRoute') },
      { label: m('productLabel'), value: product(context) },
      { label: m('contractLabel'), value: m('productContract') },
      ...standingFacts(context, found),
    ],
    sections: [{ heading: m('stepsHeading'), numbered: true, items: [m('prodStep1'), m('prodStep2', { product: product(context) }), m('prodStep3'), m('prodStep3Add')] }],
    notes: own ? [] : [m('idsNote')],
    links: routeLinks(context),
    why: routeWhy(context),
    whyTitle: conversationMessages.for(context.language)('whyTitle'),
  });
}

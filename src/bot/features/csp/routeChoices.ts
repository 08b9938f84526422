/**
 * "Which customer?" and "which product?" cards (cards/routeChoice.json),
 * built from the store and the product catalogue rather than guessed. The
 * choice is an Input.ChoiceSet, not one button per option: Teams shows only
 * a handful of card buttons. Submitting re-enters routing through the
 * chooseRouteOption verb, carrying what is already known.
 */
import type { RouteChoiceCardData } from '../../cards/cardTemplates.js';
import type { Reply } from '../../reply.js';
import { conversationMessages } from '../conversation/conversationMessages.js';
import { helpdeskButton } from '../conversation/conversationReplies.js';
import { catalogueProducts } from './productChoices.js';
import { companyName, type RouteContext, routeWhy } from './routeContext.js';
import { routeChoiceMessages } from './routeChoiceMessages.js';

export const ROUTE_CHOICE_CARD = 'routeChoice';

/** The question and its choices; `known` is what the submit carries besides the chosen value. */
type ChoiceCard = Pick<RouteChoiceCardData, 'title' | 'summary' | 'inputId' | 'label' | 'choices' | 'known'>;

function choiceReply(context: RouteContext, card: ChoiceCard): Reply {
  const m = routeChoiceMessages.for(context.language);
  const helpdesk = helpdeskButton(context.language);
  const lines = [card.title, card.summary, ...card.choices.map((c) => `• ${c.title}`)];
  return {
    text: card.summary,
    card: {
      name: ROUTE_CHOICE_CARD,
      data: {
        ...card,
        requiredText: m('choiceRequired'),
        submitTitle: m('continueButton'),
        submitData: { verb: 'chooseRouteOption', ...card.known },
        buttons: [{ title: helpdesk.title, data: { verb: helpdesk.verb } }],
        why: routeWhy(context),
        whyTitle: conversationMessages.for(context.language)('whyTitle'),
        fallbackText: lines.join('\n'),
      },
    },
  };
}

export function askCustomerReply(context: RouteContext): Reply {
  const m = routeChoiceMessages.for(context.language);
  const { customers, decision } = context.outcome;
  const company = companyName(context.requester);
  const { product } = decision.facts;
  return choiceReply(context, {
    title: m('askCustomerTitle'),
    summary: customers.length > 0 ? m('askCustomerSummary', { company }) : m('noCustomers', { company }),
    inputId: 'customerId',
    label: m('customerChoiceLabel'),
    choices: customers.map((c) => ({ title: c.name, value: c.id })),
    known: product === 'unknown' ? {} : { product },
  });
}

export function askProductReply(context: RouteContext): Reply {
  const m = routeChoiceMessages.for(context.language);
  const { customer } = context.outcome;
  return choiceReply(context, {
    title: m('askProductTitle'),
    summary: m('askProductSummary'),
    inputId: 'product',
    label: m('productChoiceLabel'),
    choices: catalogueProducts().map((p) => ({ title: p.names[context.language], value: p.id })),
    known: customer ? { customerId: customer.id } : {},
  });
}

/**
 * The CSP route in general, for a user the directory does not know: who may
 * open requests for customers, the Partner Center steps and the Azure plan
 * that needs no contract. Nothing here depends on the user, whose role and
 * company the bot cannot check; the note says how to get the personal route.
 */
import { answerReply } from '../../cards/answerCard.js';
import type { Reply } from '../../reply.js';
import { conversationMessages } from '../conversation/conversationMessages.js';
import { helpdeskButton } from '../conversation/conversationReplies.js';
import { generalRouteMessages } from './generalRouteMessages.js';
import { type RouteContext, routeLinks, routeWhy } from './routeContext.js';

export function cspGeneralReply(context: RouteContext): Reply {
  const m = generalRouteMessages.for(context.language);
  return answerReply({
    title: m('title'),
    summary: m('summary'),
    facts: [
      { label: m('whoLabel'), value: m('whoValue') },
      { label: m('azureLabel'), value: m('azureValue') },
      { label: m('otherLabel'), value: m('otherValue') },
    ],
    sections: [{ heading: m('stepsHeading'), numbered: true, items: [m('step1'), m('step2'), m('step3'), m('step4'), m('step5')] }],
    notes: [m('directoryNote')],
    links: routeLinks(context),
    buttons: [helpdeskButton(context.language)],
    why: routeWhy(context),
    whyTitle: conversationMessages.for(context.language)('whyTitle'),
  });
}

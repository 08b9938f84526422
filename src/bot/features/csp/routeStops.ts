/**
 * Route answers that do not open a request: not eligible (paid options), not
 * permitted (who in the company may), activate first (into activation), and
 * the helpdesk when no rule fits.
 */
import { intentNames, type Intent } from '../../../nlu/intents.js';
import { answerReply } from '../../cards/answerCard.js';
import type { Reply } from '../../reply.js';
import { conversationMessages } from '../conversation/conversationMessages.js';
import { askButton, helpdeskButton } from '../conversation/conversationReplies.js';
import { companyName, type RouteContext, routeLinks, routeWhy } from './routeContext.js';
import { routeChoiceMessages } from './routeChoiceMessages.js';
import { reasonText } from './routeReasons.js';

function why(context: RouteContext): { why: string[]; whyTitle: string } {
  return { why: routeWhy(context), whyTitle: conversationMessages.for(context.language)('whyTitle') };
}

export function notEligibleReply(context: RouteContext): Reply {
  const m = routeChoiceMessages.for(context.language);
  const reason = reasonText(context.language, context.outcome.decision.reason) ?? '';
  return answerReply({
    title: m('notEligibleTitle'),
    summary: m('notEligibleSummary', { reason }),
    links: routeLinks(context),
    buttons: [helpdeskButton(context.language)],
    ...why(context),
  });
}

/** Names the company's Admin agents from the directory, so the user knows whom to ask. */
export async function notPermittedReply(context: RouteContext): Promise<Reply> {
  const m = routeChoiceMessages.for(context.language);
  const { requester, outcome, services, language } = context;
  const company = companyName(requester);
  if (outcome.decision.reason === 'notCspCompany' || !requester.known) {
    return answerReply({ title: m('notCspTitle'), summary: reasonText(language, outcome.decision.reason) ?? m('notCspTitle'), buttons: [helpdeskButton(language)], ...why(context) });
  }
  const agents = await services.identity.peopleWithRoles(requester.company.tenantId, ['adminAgent']);
  const separator = language === 'ja' ? '、' : ', ';
  const summary = agents.length > 0 ? m('adminAgentsAre', { company, names: agents.map((p) => p.name).join(separator) }) : m('noAdminAgents', { company });
  return answerReply({ title: m('notPermittedTitle'), summary, buttons: [helpdeskButton(language)], ...why(context) });
}

export function activateFirstReply(context: RouteContext): Reply {
  const m = routeChoiceMessages.for(context.language);
  const { decision } = context.outcome;
  const next = decision.nextIntent;
  const nextIntent: Intent | undefined = (intentNames as string[]).includes(next ?? '') ? (next as Intent) : undefined;
  const pending = decision.facts.activation === 'pending';
  return answerReply({
    title: pending ? m('activatePendingTitle') : m('activateTitle'),
    summary: reasonText(context.language, decision.reason) ?? m('activateTitle'),
    buttons: nextIntent ? [askButton(context.language, nextIntent)] : [helpdeskButton(context.language)],
    ...why(context),
  });
}

export function helpdeskReply(context: RouteContext): Reply {
  const m = routeChoiceMessages.for(context.language);
  return answerReply({ title: m('helpdeskTitle'), summary: m('helpdeskSummary'), buttons: [helpdeskButton(context.language)], ...why(context) });
}

/**
 * What every route answer needs besides the decision: who asks, in which
 * language, about which product and customer, plus the shared parts of a
 * card (links from program.json, the Why? lines).
 */
import type { RoutingOutcome } from '../../../domain/routing/index.js';
import type { Language, Requester } from '../../../domain/model.js';
import type { IdentityService } from '../../../domain/directory/identityService.js';
import type { ProgramData } from '../../../domain/entitlement/programData.js';
import { routeChoiceMessages } from './routeChoiceMessages.js';
import { linkTitles, reasonText } from './routeReasons.js';

/** What route answers read besides the decision: link addresses, and the directory to name Admin agents. */
export interface RouteServices {
  readonly program: Pick<ProgramData, 'link'>;
  readonly identity: Pick<IdentityService, 'peopleWithRoles'>;
}

export interface RouteContext {
  readonly language: Language;
  readonly requester: Requester;
  readonly outcome: RoutingOutcome;
  readonly services: RouteServices;
}

export function routeLinks(context: RouteContext): Array<{ title: string; url: string }> {
  const titles = linkTitles.for(context.language);
  return context.outcome.decision.links.map((id) => ({ title: titles(id), url: context.services.program.link(id) }));
}

/** The reason in words (when the catalogue knows it) and the rule that decided. */
export function routeWhy(context: RouteContext): string[] {
  const { decision } = context.outcome;
  const text = reasonText(context.language, decision.reason);
  const rule = routeChoiceMessages.for(context.language)('whyRule', { rule: decision.rule });
  return text ? [text, rule] : [rule];
}

export function companyName(requester: Requester): string {
  return requester.known ? requester.company.name : '';
}

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
import { reasonText } from './routeReasons.js';
import { links, offersText } from '../../presentation/index.js';

/** What route answers read besides the decision: the program (links, offer names), and the directory to name Admin agents. */
export interface RouteServices {
  readonly program: ProgramData;
  readonly identity: Pick<IdentityService, 'peopleWithRoles'>;
}

export interface RouteContext {
  readonly language: Language;
  readonly requester: Requester;
  readonly outcome: RoutingOutcome;
  readonly services: RouteServices;
}

export function routeLinks(context: RouteContext): Array<{ title: string; url: string }> {
  return links(context.services.program, context.outcome.decision.links, context.language);
}

/**
 * The reason in words, after the company facts it rests on. The rule that
 * decided is logged with the route; a reason a newer rule file introduced
 * gets a general sentence rather than its code.
 */
export function routeWhy(context: RouteContext): string[] {
  const { language, requester, services } = context;
  const m = routeChoiceMessages.for(language);
  const text = reasonText(language, context.outcome.decision.reason) ?? m('whyUnexplained');
  if (!requester.known) return [text];
  const { company } = requester;
  return [m('whyCompany', { company: company.name, offers: offersText(services.program, company.offers, language) }), text];
}

export function companyName(requester: Requester): string {
  return requester.known ? requester.company.name : '';
}

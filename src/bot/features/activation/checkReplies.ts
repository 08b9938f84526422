/**
 * One clear answer per activation check (the program's published support-benefits article), each with the
 * rules that decided it under "Why?". The admin who may activate gets the
 * activation card; the others are told why not and what to do instead.
 */
import type { ActivationCheck, ActivationOutcome } from '../../../domain/activation/index.js';
import type { ProgramData } from '../../../domain/entitlement/programData.js';
import type { Company, Person, Requester } from '../../../domain/model.js';
import type { ActivationServices } from './activationServices.js';
import { answerReply, type Answer } from '../../cards/answerCard.js';
import { askButton, helpdeskButton } from '../conversation/conversationReplies.js';
import type { Reply } from '../../reply.js';
import type { TurnRequest } from '../../turnRequest.js';
import { activatedAnswer } from './activatedAnswer.js';
import { activationReply } from './activationCardText.js';
import { activationMessages } from './activationMessages.js';
import { activationWhy } from './activationWhy.js';
import { everyOffer, peopleList, requestedBy } from '../../presentation/index.js';

type Known = Extract<Requester, { known: true }>;

/** The deciding facts in plain words; the rules that fired go to the log in checkReplies. */
function why(outcome: ActivationOutcome, requester: Requester, program: ProgramData, language: TurnRequest['language'], personOutcome?: ActivationOutcome): Pick<Answer, 'why' | 'whyTitle'> {
  const who = requester.known ? { company: requester.company, person: requester.person } : {};
  return { why: activationWhy({ outcome, ...who, ...(personOutcome ? { personOutcome } : {}) }, program, language), whyTitle: activationMessages.for(language)('whyTitle') };
}

export async function requesterName(services: ActivationServices, tenantId: string, aadObjectId: string | undefined): Promise<string> {
  if (!aadObjectId) return '';
  return (await services.repos.directory.findPerson(tenantId, aadObjectId))?.name ?? aadObjectId;
}

function unknownUser(request: TurnRequest, program: ProgramData): Reply {
  const m = activationMessages.for(request.language);
  const topics = (['entitlementIncidents', 'activationHowTo', 'whoCanActivate', 'linkContract'] as const).map((i) => askButton(request.language, i));
  return answerReply({
    title: m('title'),
    summary: m('unknownSummary'),
    notes: [m('unknownCanStill'), m('unknownAccess')],
    buttons: [...topics, helpdeskButton(request.language)],
    ...why('unknownUser', request.requester, program, request.language),
  });
}

function notAdmin(request: TurnRequest, who: Known, admins: Person[], program: ProgramData): Reply {
  const m = activationMessages.for(request.language);
  const { company, person } = who;
  const names = peopleList(admins.map((a) => a.name), request.language);
  if (admins.length === 0) {
    return answerReply({ title: m('title'), summary: m('notAdminNoOne', { company: company.name }), buttons: [helpdeskButton(request.language)], ...why('notAdmin', who, program, request.language) });
  }
  return answerReply({
    title: m('title'),
    summary: m('notAdminSummary', { company: company.name, names }),
    notes: [m('notAdminOffer')],
    buttons: [{ title: m('askButton', { names }), verb: 'askAdminsToActivate', args: { tenantId: company.tenantId, userId: person.aadObjectId } }],
    ...why('notAdmin', who, program, request.language),
  });
}

/**
 * Partner Center checks the role before the company's state, but offering
 * "ask your admins to activate" for benefits that are already active or
 * requested would contradict the store: the company's state answers first.
 */
function outcomeNow(check: ActivationCheck, company: Company): ActivationCheck['outcome'] {
  if (check.outcome !== 'notAdmin') return check.outcome;
  if (company.activation.status === 'activated') return 'alreadyActivated';
  if (company.activation.status === 'pending') return 'alreadyRequested';
  return 'notAdmin';
}

/** The answer to "activate our benefits" (typed, or from a button) for the check's outcome. */
export async function checkReplies(request: TurnRequest, check: ActivationCheck, services: ActivationServices): Promise<Reply[]> {
  const { requester, language } = request;
  const { program } = services;
  services.logger.info({ outcome: check.outcome, rules: check.rules }, 'activation check');
  if (check.outcome === 'unknownUser' || !requester.known) return [unknownUser(request, program)];
  const m = activationMessages.for(language);
  const { company, person } = requester;
  const runtime = services;
  const admins = await runtime.service.admins(company.tenantId);
  const names = peopleList(admins.map((a) => a.name), language);
  const whoCan = m('whoCanInCompany', { company: company.name, names });
  const dashboard = [{ title: m('partnerCenter'), url: services.program.link('partnerCenterDashboard') }];
  const outcome = outcomeNow(check, company);
  switch (outcome) {
    case 'unknownUser':
      return [unknownUser(request, program)];
    case 'notAuthorized':
      return [answerReply({ title: m('title'), summary: m('notAuthorizedSummary'), notes: [m('notAuthorizedFix'), whoCan, m('notAuthorizedCsp')], links: dashboard, ...why(outcome, requester, program, language) })];
    case 'noBenefits':
      return [answerReply({ title: m('title'), summary: m('noBenefitsSummary', { company: company.name, offers: everyOffer(program, language) }), notes: [m('noBenefitsWrongAccount')], links: dashboard, buttons: [helpdeskButton(language)], ...why(outcome, requester, program, language) })];
    case 'notAdmin':
      return [notAdmin(request, requester, admins, program)];
    case 'alreadyActivated': {
      const answer = await activatedAnswer(company, person, request.personalChat, language, services);
      // Someone who may not activate learns there is nothing to do, and whom to ask for the IDs.
      const notes = check.outcome === 'notAdmin' && admins.length > 0 ? [m('notAdminAlreadyActive', { names }), ...(answer.notes ?? [])] : answer.notes;
      return [answerReply({ ...answer, notes, ...why(outcome, requester, program, language, check.outcome) })];
    }
    case 'alreadyRequested': {
      const name = await requesterName(services, company.tenantId, company.activation.requestedBy);
      const requested = requestedBy({ name, at: company.activation.requestedAt ?? '' }, language);
      const duration = services.program.activationProcessingTime()[language];
      return [answerReply({ title: m('title'), summary: m('requestedSummary', { requested, name, duration }), ...why(outcome, requester, program, language, check.outcome) })];
    }
    case 'mayActivate': {
      const plan = await runtime.service.plan(company);
      return [activationReply({ company, plan, check, owner: { aadObjectId: person.aadObjectId, channelUserId: request.fromId }, language }, services)];
    }
  }
}

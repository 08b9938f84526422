/**
 * "Ask them for me": someone who may not activate asks the company's admins.
 * Each admin gets, in their 1:1 chat, "Dave asks you to activate…" with the
 * activation card and its Activate action. The clicker, company and admins
 * all come from the store; a repeat within ten minutes sends nothing new.
 */
import type { Language, Person } from '../../../domain/model.js';
import type { ActivationServices, ActivationVerb } from './activationServices.js';
import { answerReply } from '../../cards/answerCard.js';
import { localeLanguage } from '../../languageChoice.js';
import { activationCard } from './activationCard.js';
import { activationMessages } from './activationMessages.js';
import { refusal } from './activateVerb.js';
import { ownCard } from './cardData.js';
import { checkReplies } from './checkReplies.js';
import { flowMessages } from './flowMessages.js';
import { peopleList } from '../../presentation/index.js';

/** The admin reads the card in the language of their own Teams client, if the bot has seen it. */
async function languageOf(admin: Person, fallback: Language, services: ActivationServices): Promise<Language> {
  const reference = await services.repos.conversationReferences.findUserReference(admin.tenantId, admin.aadObjectId);
  const locale = reference?.locale;
  return localeLanguage(typeof locale === 'string' ? locale : undefined) ?? fallback;
}

/**
 * The admin's Teams user id (29:…), so Teams refreshes the card when they open it:
 * if someone activated in the meantime, they see "Activated" instead of the button.
 */
async function channelUserIdOf(admin: Person, services: ActivationServices): Promise<string | undefined> {
  const reference = await services.repos.conversationReferences.findUserReference(admin.tenantId, admin.aadObjectId);
  const user = reference?.user as { id?: unknown } | undefined;
  return typeof user?.id === 'string' ? user.id : undefined;
}

export const askAdminsVerb: ActivationVerb = async (request, services) => {
  const own = ownCard(request.requester, request.data);
  if (!own.ok) return refusal(request, own);
  const { requester, language } = request;
  const runtime = services;
  const check = await runtime.service.check(requester);
  // Only someone the checks send to their admins may ask, and only while nothing is
  // requested: a button pressed after someone activated answers the state as it is now.
  if (check.outcome !== 'notAdmin' || !requester.known || requester.company.activation.status !== 'notActivated') {
    return { replies: await checkReplies(request, check, services) };
  }
  const { person, company } = requester;
  const m = flowMessages.for(language);
  const admins = await runtime.service.admins(company.tenantId);
  const key = `${company.tenantId}|${person.aadObjectId}`;
  const now = services.clock.now().getTime();
  if (runtime.recentAsks.askedRecently(key, now)) {
    return { replies: [answerReply({ title: m('askedTitle'), summary: m('askedAlready', { names: peopleList(admins.map((a) => a.name), language) }) })] };
  }
  runtime.recentAsks.record(key, now);
  const plan = await runtime.service.plan(company);
  const reached: string[] = [];
  const unreached: string[] = [];
  for (const admin of admins) {
    const adminLanguage = await languageOf(admin, language, services);
    const adminCheck = await runtime.service.check({ known: true, person: admin, company });
    const intro = activationMessages.for(adminLanguage)('askIntro', { name: person.name, company: company.name });
    const owner = { aadObjectId: admin.aadObjectId, channelUserId: await channelUserIdOf(admin, services) };
    const card = activationCard({ company, plan, check: adminCheck, owner, intro, language: adminLanguage }, services);
    const text = flowMessages.for(adminLanguage)('askCardText', { name: person.name, company: company.name });
    const sent = await services.proactive.sendToUser(company.tenantId, admin.aadObjectId, [{ text, card }]).catch((error: unknown) => {
      services.logger.warn({ err: error, tenant: company.tenantId }, 'activation: could not message an admin');
      return false;
    });
    (sent ? reached : unreached).push(admin.name);
  }
  if (reached.length === 0) runtime.recentAsks.forget(key); // nothing was sent: let them try again
  const notes = unreached.length > 0 ? [m('askUnreachable', { names: peopleList(unreached, language) })] : [];
  const summary = reached.length > 0 ? m('asked', { names: peopleList(reached, language), company: company.name }) : m('askUnreachable', { names: peopleList(unreached, language) });
  return { replies: [answerReply({ title: m('askedTitle'), summary, notes: reached.length > 0 ? notes : [] })] };
};

/**
 * Activation and its outcome (domain §4): the steps and how long a benefit
 * stays with the account that added it. Where the IDs are: idTopics.ts.
 */
import type { Intent } from '../../../../nlu/intents.js';
import type { KnowledgeServices } from '../knowledgeServices.js';
import type { Reply } from '../../../reply.js';
import type { IntentRequest } from '../../../turnRequest.js';
import { cspOnlyNotes, nextSteps, recordWhy, knowledgeReply } from '../answerContext.js';
import { askerContext, type CompanyView } from '../companyView.js';
import { activationHowToMessages } from '../messages/activationHowToMessages.js';
import { activatingRoles, benefitName, formatDate, joinList, links, moreContractsText, mostRelevant, roleName, vocabulary } from '../../../presentation/index.js';


async function activationStatusLine(view: CompanyView, services: KnowledgeServices, language: IntentRequest['language']): Promise<string> {
  const m = activationHowToMessages.for(language);
  const { company, person } = view;
  const { program } = services;
  const date = (iso: string | undefined): string => formatDate(iso, language);
  if (company.offers.length === 0) return m('statusNoOffers', { company: company.name });
  if (company.activation.status === 'activated') return m('statusActivated', { company: company.name, date: date(company.activation.activatedAt) });
  if (company.activation.status === 'pending') return m('statusPending', { company: company.name, date: date(company.activation.requestedAt) });
  const own = person.roles.find((r) => program.rolesThatMayActivate().includes(r));
  if (own) return m('statusYouCan', { role: roleName(own, language), company: company.name });
  const admins = await services.identity.peopleWithRoles(company.tenantId, program.rolesThatMayActivate());
  return m('statusAskAdmins', { people: joinList(admins.map((p) => p.name), language) || activatingRoles(program, language), company: company.name });
}

export async function activationHowTo(request: IntentRequest, services: KnowledgeServices): Promise<Reply[]> {
  const { language, program, view } = await askerContext(request, services);
  const m = activationHowToMessages.for(language);
  const roles = activatingRoles(program, language);
  const time = program.activationProcessingTime()[language];
  const status = view ? await activationStatusLine(view, services, language) : undefined;
  const open = view !== undefined && view.company.offers.length > 0 && view.company.activation.status === 'notActivated';
  const related: Intent[] = open ? ['activationRequest', 'whoCanActivate'] : view?.company.activation.status === 'pending' ? ['activationStatus', 'whoCanActivate'] : ['whoCanActivate', 'findIds'];
  return [
    knowledgeReply(language, {
      title: m('howTitle'),
      summary: status ? `${m('howGeneral', { roles, time })} ${status}` : m('howGeneral', { roles, time }),
      sections: [
        {
          heading: m('stepsHeading'),
          numbered: true,
          items: [m('step1', { url: program.link('partnerCenterDashboard') }), m('step2'), m('step3', { roles, time }), m('step4')],
        },
      ],
      notes: [...cspOnlyNotes(view, language)],
      links: links(program, ['partnerCenterDashboard'], language),
      buttons: nextSteps(language, related),
      why: recordWhy(view, program, language),
    }),
  ];
}

export async function benefitDuration(request: IntentRequest, services: KnowledgeServices): Promise<Reply[]> {
  const { language, program, view } = await askerContext(request, services);
  const m = activationHowToMessages.for(language);
  let facts: Array<{ label: string; value: string }> = [];
  if (view) {
    const people = await services.repos.directory.listPeople(view.company.tenantId);
    const nameOf = (id: string): string => people.find((p) => p.aadObjectId === id)?.name ?? id;
    const { shown, more } = mostRelevant(view.standings);
    const contractsById = new Map(view.contracts.map((k) => [k.id, k]));
    facts = shown.map((standing) => {
      const contract = contractsById.get(standing.id);
      const holders = [...new Set((contract?.associations ?? []).map((a) => nameOf(a.aadObjectId)))];
      const value = holders.length > 0 ? m('durationHolder', { holder: joinList(holders, language), end: formatDate(standing.endDate, language) }) : m('durationNobody');
      return { label: benefitName(program, standing, language), value };
    });
    if (more > 0) facts.push({ label: vocabulary.for(language)('moreContractsLabel'), value: moreContractsText(more, language) });
  }
  return [
    knowledgeReply(language, {
      title: m('durationTitle'),
      summary: m('duration'),
      facts,
      notes: [m('durationAzureOnce')],
      buttons: nextSteps(language, ['anyoneCanUse', 'linkContract', 'unavailablePlans']),
      why: recordWhy(view, program, language, { contracts: view !== undefined }),
    }),
  ];
}

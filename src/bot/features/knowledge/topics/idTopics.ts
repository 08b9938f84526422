/**
 * "Where are our Access ID and Contract ID?" (domain §4). Whether a contract's
 * IDs are shown whole is maySeeContractSecrets' decision alone; whoever may
 * not see them is told who may (the company's admins), so the answer still
 * leads somewhere.
 */
import { maySeeContractSecrets, shownSecret } from '../../../../domain/contractSecrets.js';
import type { Language } from '../../../../domain/model.js';
import type { KnowledgeServices } from '../knowledgeServices.js';
import type { Reply } from '../../../reply.js';
import type { IntentRequest } from '../../../turnRequest.js';
import { cspOnlyNotes, knowledgeReply, nextSteps, recordWhy } from '../answerContext.js';
import { askerContext, type CompanyView } from '../companyView.js';
import { activationHowToMessages } from '../messages/activationHowToMessages.js';
import { benefitName, joinList, links, moreContractsText, mostRelevant, vocabulary } from '../../../presentation/index.js';

type Fact = { label: string; value: string };

async function contractIds(view: CompanyView, request: IntentRequest, services: KnowledgeServices): Promise<{ summary: string; facts: Fact[] }> {
  const { language } = request;
  const { program } = services;
  const m = activationHowToMessages.for(language);
  const roles = program.rolesThatMayActivate();
  const name = view.company.name;
  const visible = (personal: boolean) => view.contracts.map((c) => maySeeContractSecrets(view.person, c, personal, roles));
  const here = visible(request.personalChat);
  // A large partner's IDs would not fit in one message: the most relevant contracts, and how many more.
  const states = new Map(view.standings.map((s) => [s.id, s.state]));
  const { shown, more } = mostRelevant(view.contracts.map((contract, i) => ({ contract, whole: here[i] === true, state: states.get(contract.id) ?? 'active' })));
  const facts = shown.flatMap(({ contract, whole }) => {
    const benefit = benefitName(program, contract, language);
    return [
      { label: m('accessId', { benefit }), value: shownSecret(contract.accessId, whole) },
      { label: m('contractId', { benefit }), value: shownSecret(contract.contractId, whole) },
    ];
  });
  if (more > 0) facts.push({ label: vocabulary.for(language)('moreContractsLabel'), value: moreContractsText(more, language) });
  if (here.every(Boolean)) return { summary: m('idsShown', { company: name }), facts };
  // Would a 1:1 chat help? If not, only the admins can hand the IDs over.
  if (visible(true).every(Boolean)) return { summary: m('idsMasked', { company: name }), facts };
  const admins = await services.identity.peopleWithRoles(view.company.tenantId, roles);
  const people = joinList(admins.map((p) => p.name), language, 'or');
  return { summary: admins.length > 0 ? m('idsAskAdmins', { company: name, people }) : m('idsAskHelpdesk', { company: name }), facts };
}

function summaryWithoutIds(view: CompanyView, language: Language): string | undefined {
  const m = activationHowToMessages.for(language);
  const name = view.company.name;
  const status = view.company.activation.status;
  if (view.company.offers.length === 0) return m('idsNoOffers', { company: name });
  if (status === 'notActivated') return m('idsNotActivated', { company: name });
  if (status === 'pending') return m('idsPending', { company: name });
  if (view.contracts.length === 0) return m('idsNone', { company: name });
  return undefined;
}

export async function findIds(request: IntentRequest, services: KnowledgeServices): Promise<Reply[]> {
  const { language, program, view } = await askerContext(request, services);
  const m = activationHowToMessages.for(language);
  const without = view ? summaryWithoutIds(view, language) : m('idsGeneral');
  const answer = view && without === undefined ? await contractIds(view, request, services) : { summary: without ?? m('idsGeneral'), facts: [] };
  return [
    knowledgeReply(language, {
      title: m('idsTitle'),
      summary: answer.summary,
      facts: answer.facts,
      notes: [m('idsWhere'), m('idsPrivate'), ...cspOnlyNotes(view, language)],
      links: links(program, ['partnerCenterDashboard'], language),
      buttons: nextSteps(language, ['linkContract', 'onPremRequestHowTo', 'cloudRequestHowTo']),
      why: recordWhy(view, program, language, { contracts: view !== undefined }),
    }),
  ];
}

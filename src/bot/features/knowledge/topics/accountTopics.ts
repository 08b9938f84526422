/**
 * People and accounts (domain §1): who may activate (named from the
 * directory for a known asker), which account association sees the
 * benefits, and that any account may use a benefit given its IDs.
 */
import type { Person } from '../../../../domain/model.js';
import type { KnowledgeServices } from '../knowledgeServices.js';
import type { Reply } from '../../../reply.js';
import type { IntentRequest } from '../../../turnRequest.js';
import { activationNotes, cspOnlyNotes, nextSteps, recordWhy, knowledgeReply } from '../answerContext.js';
import { askerContext } from '../companyView.js';
import { accountMessages } from '../messages/accountMessages.js';
import { associationText } from '../programText.js';
import { activatingRoles, joinList, links, roleName } from '../../../presentation/index.js';

const names = (people: readonly Person[]): string[] => people.map((p) => p.name);

export async function whoCanActivate(request: IntentRequest, services: KnowledgeServices): Promise<Reply[]> {
  const { language, program, view } = await askerContext(request, services);
  const m = accountMessages.for(language);
  const roles = activatingRoles(program, language);
  let summary = m('whoGeneral', { roles });
  if (view) {
    const admins = await services.identity.peopleWithRoles(view.company.tenantId, program.rolesThatMayActivate());
    summary = admins.length > 0 ? m('whoKnown', { roles, company: view.company.name, people: joinList(names(admins), language) }) : m('whoNobody', { roles, company: view.company.name });
    const own = view.person.roles.find((r) => program.rolesThatMayActivate().includes(r));
    // Asking an admin only makes sense while activation has not been asked for.
    const status = view.company.activation.status;
    const notOwn = status === 'activated' ? m('youNeedNotActivated') : status === 'pending' ? m('youNeedNotPending') : m('youCannot');
    summary += ` ${own ? m('youCan', { role: roleName(own, language) }) : notOwn}`;
  }
  const notActivated = view !== undefined && view.company.offers.length > 0 && view.company.activation.status === 'notActivated';
  return [
    knowledgeReply(language, {
      title: m('whoTitle'),
      summary,
      sections: [
        {
          heading: m('rolesHeading'),
          // The summary says who activates (and, in general, what anyone else may do); the card adds the rest.
          items: [m('roleAdminAgent', { role: roleName('adminAgent', language) }), ...(view ? [m('roleAnyone')] : [])],
        },
      ],
      notes: [...activationNotes(view, services, language)],
      buttons: nextSteps(language, [...(notActivated ? (['activationRequest'] as const) : []), 'activationHowTo', 'anyoneCanUse']),
      why: recordWhy(view, program, language),
    }),
  ];
}

export async function accountAssociation(request: IntentRequest, services: KnowledgeServices): Promise<Reply[]> {
  const { language, view } = await askerContext(request, services);
  const m = accountMessages.for(language);
  let summary = m('assocGeneral');
  const notes: string[] = [];
  if (view) {
    const { association, roles } = view.person;
    const consequence = cspOnlyNotes(view, language)[0] ?? (association.mpn ? m('assocSeesBenefits') : m('assocNeither'));
    summary = `${m('assocKnown', { association: associationText(association, language) })} ${consequence}`;
    if (roles.includes('adminAgent')) notes.push(m('assocAdminAgent'));
    if (!association.mpn) {
      const people = (await services.repos.directory.listPeople(view.company.tenantId)).filter((p) => p.association.mpn);
      if (people.length > 0) notes.push(m('assocMpnPeople', { company: view.company.name, people: joinList(names(people), language) }));
    }
    notes.push(m('assocGeneral'));
  }
  return [
    knowledgeReply(language, {
      title: m('assocTitle'),
      summary,
      notes: [...notes],
      links: links(services.program, ['partnerCenterDashboard'], language),
      buttons: nextSteps(language, ['errorNotAuthorized', 'whoCanActivate', 'cspServiceRequest']),
      why: recordWhy(view, services.program, language),
    }),
  ];
}

export async function anyoneCanUse(request: IntentRequest, services: KnowledgeServices): Promise<Reply[]> {
  const { language, view } = await askerContext(request, services);
  const m = accountMessages.for(language);
  const notes = [m('useStays'), m('useFirstTime')];
  if (view) {
    const holderIds = new Set(view.contracts.flatMap((k) => k.associations.map((a) => a.aadObjectId)));
    const people = (await services.repos.directory.listPeople(view.company.tenantId)).filter((p) => holderIds.has(p.aadObjectId));
    if (people.length > 0) notes.unshift(m('useHolders', { company: view.company.name, people: joinList(names(people), language) }));
  }
  return [
    knowledgeReply(language, {
      title: m('useTitle'),
      summary: m('useGeneral', { roles: activatingRoles(services.program, language) }),
      notes: [...notes],
      buttons: nextSteps(language, ['findIds', 'linkContract', 'onPremRequestHowTo']),
      why: recordWhy(view, services.program, language, { contracts: view !== undefined }),
    }),
  ];
}

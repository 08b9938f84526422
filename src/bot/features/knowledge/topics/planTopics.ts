/**
 * Paid plans and useful links (domain §8, §9): everything from program.json,
 * so a renamed plan or moved page is a data edit.
 */
import { LINK_IDS } from '../../../../domain/entitlement/index.js';
import type { KnowledgeServices } from '../knowledgeServices.js';
import type { Reply } from '../../../reply.js';
import type { IntentRequest } from '../../../turnRequest.js';
import { nextSteps, recordWhy, knowledgeReply } from '../answerContext.js';
import { askerContext, cloudStanding, hasNoCloudSupport } from '../companyView.js';
import { commonMessages } from '../messages/commonMessages.js';
import { planMessages } from '../messages/planMessages.js';
import { benefitName, joinList, links } from '../../../presentation/index.js';


export async function paidPlans(request: IntentRequest, services: KnowledgeServices): Promise<Reply[]> {
  const { language, program, view } = await askerContext(request, services);
  const m = planMessages.for(language);
  const plans = program.paidPlans();
  const notes: string[] = [];
  const cloudPlans = joinList(plans.filter((p) => p.scope === 'cloudOnly').map((p) => p.names[language]), language);
  if (view && hasNoCloudSupport(view) && cloudPlans) notes.push(m('noCloud', { company: view.company.name, plans: cloudPlans }));
  const pack = view ? cloudStanding(view) : undefined;
  if (pack && pack.state !== 'active' && pack.total !== null) notes.push(m('packGone', { pack: benefitName(program, pack, language) }));
  return [
    knowledgeReply(language, {
      title: m('paidTitle'),
      summary: m('paid', {
        list: joinList(plans.map((p) => m('planItem', { name: p.names[language], summary: p.summary[language].replace(/[.。]$/, '') })), language),
      }),
      // The summary names and describes each plan; the card's buttons open them and the comparison.
      notes: [...notes],
      links: [...plans.map((p) => ({ title: p.names[language], url: p.url })), ...links(program, ['comparePlans'], language)],
      buttons: nextSteps(language, ['myBenefits']),
      why: recordWhy(view, program, language, { contracts: view !== undefined }),
    }),
  ];
}

export async function usefulLinks(request: IntentRequest, services: KnowledgeServices): Promise<Reply[]> {
  const { language } = request;
  const { program } = services;
  const m = planMessages.for(language);
  const c = commonMessages.for(language);
  const all = links(program, LINK_IDS, language);
  return [
    knowledgeReply(language, {
      title: m('linksTitle'),
      summary: m('links'),
      sections: [{ heading: m('linksHeading'), items: all.map((l) => `${l.title}: ${l.url}`) }],
      // The most used pages as buttons; the full list is in the section above.
      links: links(program, ['partnerCenterDashboard', 'supportForBusinessCreate', 'azurePortal'], language),
      buttons: nextSteps(language, ['paidPlans']),
      why: [c('whySource')],
    }),
  ];
}

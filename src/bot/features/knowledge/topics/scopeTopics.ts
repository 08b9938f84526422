/**
 * What the benefits cover: technical support as troubleshooting, the n-1
 * policy for older on-premises versions, and which competencies are cloud.
 */
import type { KnowledgeServices } from '../knowledgeServices.js';
import { loadProductCatalogue } from '../../../../nlu/productCatalogue.js';
import type { Reply } from '../../../reply.js';
import type { IntentRequest } from '../../../turnRequest.js';
import { nextSteps, offerRuleWhy, recordWhy, knowledgeReply } from '../answerContext.js';
import { askerContext } from '../companyView.js';
import { commonMessages } from '../messages/commonMessages.js';
import { entitlementMessages } from '../messages/entitlementMessages.js';
import { scopeMessages } from '../messages/scopeMessages.js';
import { competencyName, joinList, links, offerShortNames } from '../../../presentation/index.js';


export async function technicalSupportScope(request: IntentRequest, services: KnowledgeServices): Promise<Reply[]> {
  const { language } = request;
  const m = scopeMessages.for(language);
  const c = commonMessages.for(language);
  return [
    knowledgeReply(language, {
      title: m('scopeTitle'),
      summary: m('scope'),
      // The summary names the three kinds of problem; the card adds what is not covered.
      notes: [m('scopeProducts'), m('scopeNotNote')],
      links: links(services.program, ['nMinusOnePolicy', 'comparePlans'], language),
      buttons: nextSteps(language, ['oldProducts', 'entitlementIncidents', 'paidPlans']),
      why: [c('whySource')],
    }),
  ];
}

export async function oldProducts(request: IntentRequest, services: KnowledgeServices): Promise<Reply[]> {
  const { language } = request;
  const m = scopeMessages.for(language);
  const c = commonMessages.for(language);
  const { product: productId, oldProduct } = request.understanding.entities;
  const product = productId === undefined ? undefined : loadProductCatalogue().products.find((p) => p.id === productId);
  // The text names the version the user typed ("Windows Server 2008"); the catalogue only knows the product.
  const named = product ? product.names[language] : '';
  let summary = m('oldGeneral');
  if (product && oldProduct) summary = m('oldNamed', { product: oldVersionText(request.text, product.names.en, product.oldVersions) ?? named });
  else if (product?.kind === 'cloud') summary = m('cloudNamed', { product: named, offers: offerShortNames(services.program.offersWithCompetency(), language, 'and') });
  else if (product) summary = m('recentNamed', { product: named });
  return [
    knowledgeReply(language, {
      title: m('oldTitle'),
      summary,
      // The n-1 policy page is a button; its address is not repeated in a note.
      notes: [m('oldUnavailable')],
      links: links(services.program, ['nMinusOnePolicy', 'comparePlans'], language),
      buttons: nextSteps(language, ['technicalSupportScope', 'unavailablePlans', 'paidPlans']),
      why: [c('whySource')],
    }),
  ];
}

/** The old version the user named, spelled with the catalogue's product name ("windows server 2008" → "Windows Server 2008"). */
function oldVersionText(text: string, name: string, versions: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  const found = [...versions].sort((a, b) => b.length - a.length).find((v) => lower.includes(v));
  if (!found) return undefined;
  const spelled = found.startsWith(name.toLowerCase()) ? `${name}${found.slice(name.length)}` : found;
  return spelled.replace(/\br2\b/, 'R2');
}

export async function cloudCompetencies(request: IntentRequest, services: KnowledgeServices): Promise<Reply[]> {
  const { language, program, view } = await askerContext(request, services);
  const m = scopeMessages.for(language);
  const e = entitlementMessages.for(language);
  const names = (cloud: boolean): string[] => program.competencies().filter((x) => x.cloud === cloud).map((x) => x.names[language]);
  const cloudNames = names(true);
  const named = request.understanding.entities.competency;
  let summary = e('allCloudSummary', { count: cloudNames.length, list: joinList(cloudNames, language) });
  const why: string[] = [];
  let listed = true;
  if (named !== undefined && program.competency(named)) {
    listed = false;
    const levels = program.offersWithCompetency().map((o) => o.level);
    const offers = await Promise.all(levels.map((level) => services.entitlements.forOffer({ level, competency: named })));
    const list = joinList(offers.map((o) => e('offerCloudItem', { offer: program.offer(o.offer.level).names[language], cloud: program.cloudPackageName(o.cloudSupport?.package ?? 'none')[language] })), language);
    summary = e(program.isCloudCompetency(named) ? 'competencyCloud' : 'competencyOther', { competency: competencyName(program, named, language), list });
    why.push(...offers.flatMap((o) => offerRuleWhy(program, o, language)));
  }
  const own = (view?.company.offers ?? []).flatMap((o) => (o.competency === undefined ? [] : [o.competency]));
  const notes = own.length > 0
    ? [e('yourCompetencies', { list: joinList(own.map((id) => e(program.isCloudCompetency(id) ? 'isCloud' : 'isOther', { competency: competencyName(program, id, language) })), language) })]
    : [];
  return [
    knowledgeReply(language, {
      title: m('competenciesTitle'),
      summary,
      // The general summary already lists the cloud competencies; the card adds the others.
      sections: [
        ...(listed ? [] : [{ heading: e('cloudListHeading'), items: cloudNames }]),
        { heading: e('otherListHeading'), items: names(false) },
      ],
      notes,
      buttons: nextSteps(language, ['entitlementCloud', 'entitlementIncidents']),
      why: [...why, ...recordWhy(view, program, language)],
    }),
  ];
}

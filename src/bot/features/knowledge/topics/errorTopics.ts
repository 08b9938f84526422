/**
 * The two Partner Center errors about seeing benefits (domain §1, §2),
 * explained against what the directory says about the asker.
 */
import type { KnowledgeServices } from '../knowledgeServices.js';
import type { Reply } from '../../../reply.js';
import type { IntentRequest } from '../../../turnRequest.js';
import { nextSteps, recordWhy, knowledgeReply } from '../answerContext.js';
import { askerContext } from '../companyView.js';
import { errorMessages } from '../messages/errorMessages.js';
import { associationText } from '../programText.js';
import { everyOffer, links, offersText } from '../../../presentation/index.js';

function fixSteps(language: IntentRequest['language']): { heading: string; items: string[]; numbered: true } {
  const m = errorMessages.for(language);
  return { heading: m('fixHeading'), items: [m('fix1'), m('fix2'), m('fix3')], numbered: true };
}

export async function errorNotAuthorized(request: IntentRequest, services: KnowledgeServices): Promise<Reply[]> {
  const { language, view } = await askerContext(request, services);
  const m = errorMessages.for(language);
  const association = view?.person.association;
  let summary = m('notAuthGeneral');
  if (association?.mpn) summary = m('notAuthMpn', { association: associationText(association, language) });
  else if (association?.csp) summary = m('notAuthCspOnly');
  else if (association) summary = m('notAuthNeither');
  return [
    knowledgeReply(language, {
      title: m('notAuthTitle'),
      summary,
      sections: [fixSteps(language)],
      notes: [...(association?.csp ? [m('cspStillUseful')] : [])],
      links: links(services.program, ['partnerCenterDashboard'], language),
      buttons: nextSteps(language, ['accountAssociation', 'whoCanActivate']),
      why: recordWhy(view, services.program, language),
    }),
  ];
}

export async function errorNoBenefits(request: IntentRequest, services: KnowledgeServices): Promise<Reply[]> {
  const { language, program, view } = await askerContext(request, services);
  const m = errorMessages.for(language);
  let summary = m('noBenGeneral', { offers: everyOffer(program, language) });
  if (view && view.company.offers.length === 0) summary = `${m('noBenNoOffers', { company: view.company.name })} ${m('noBenGeneral', { offers: everyOffer(program, language) })}`;
  else if (view) summary = m('noBenHasOffers', { company: view.company.name, offers: offersText(program, view.company.offers, language) });
  return [
    knowledgeReply(language, {
      title: m('noBenTitle'),
      summary,
      sections: [fixSteps(language)],
      notes: [m('noBenOffersNote', { offers: everyOffer(program, language) })],
      links: links(program, ['partnerCenterDashboard', 'comparePlans'], language),
      buttons: nextSteps(language, ['myBenefits', 'paidPlans']),
      why: recordWhy(view, program, language),
    }),
  ];
}

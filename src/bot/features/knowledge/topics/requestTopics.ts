/**
 * Opening requests (domain §5, §6): on-premises in Support for Business,
 * Azure in the Azure portal, the CSP plan, and "unavailable support plans",
 * each adjusted to the asker's company where the store knows it.
 */
import type { KnowledgeServices } from '../knowledgeServices.js';
import type { AnswerSection } from '../../../cards/answerCard.js';
import type { Reply } from '../../../reply.js';
import type { IntentRequest } from '../../../turnRequest.js';
import { activationNotes, cspOnlyNotes, nextSteps, recordWhy, knowledgeReply } from '../answerContext.js';
import { askerContext, cloudStanding, hasNoCloudSupport, productSupportStanding } from '../companyView.js';
import { benefitsMessages } from '../messages/benefitsMessages.js';
import { remainingMessages } from '../messages/remainingMessages.js';
import { requestMessages } from '../messages/requestMessages.js';
import { cloudGrantText } from '../programText.js';
import { benefitName, contractLine, contractStatus, formatDate, joinList, links, moreContractsText, mostRelevant, offersText } from '../../../presentation/index.js';

type Language = IntentRequest['language'];

/** `azureStated`: the summary already said Azure requests need no contract, so the list leaves it out. */
function cspSection(services: KnowledgeServices, language: Language, azureStated = false): AnswerSection {
  const m = requestMessages.for(language);
  const customers = m('csp2', { url: services.program.link('partnerCenterCustomers') });
  return { heading: m('cspHeading'), items: azureStated ? [customers] : [m('csp1'), customers] };
}

export async function onPremRequestHowTo(request: IntentRequest, services: KnowledgeServices): Promise<Reply[]> {
  const { language, program, view } = await askerContext(request, services);
  const m = requestMessages.for(language);
  const url = program.link('supportForBusinessCreate');
  let summary = m('onPrem', { url });
  const standing = view ? productSupportStanding(view) : undefined;
  if (view && view.company.offers.length === 0) summary = `${benefitsMessages.for(language)('none', { company: view.company.name })} ${summary}`;
  else if (standing?.state === 'active' && standing.remaining !== null && view) {
    summary += ` ${remainingMessages.for(language)('product', { company: view.company.name, remaining: standing.remaining, total: standing.total ?? '', end: formatDate(standing.endDate, language) })}`;
  } else if (standing && view) summary += ` ${m('unavailYours', { company: view.company.name, list: contractLine(program, standing, language) })}`;
  return [
    knowledgeReply(language, {
      title: m('onPremTitle'),
      summary,
      sections: [{ heading: m('stepsHeading'), numbered: true, items: [m('onPrem1', { url }), m('onPrem2'), m('onPrem3'), m('onPrem4')] }],
      notes: [...activationNotes(view, services, language), m('onPremNoteScope'), m('onPremNoteUnavailable')],
      links: links(program, ['supportForBusinessCreate', 'nMinusOnePolicy'], language),
      buttons: nextSteps(language, ['linkContract', 'incidentsRemaining', 'unavailablePlans']),
      why: recordWhy(view, program, language, { contracts: view !== undefined }),
    }),
  ];
}

export async function cloudRequestHowTo(request: IntentRequest, services: KnowledgeServices): Promise<Reply[]> {
  const { language, program, view } = await askerContext(request, services);
  const m = requestMessages.for(language);
  let summary = m('cloud');
  const notes: string[] = [];
  let related: Parameters<typeof nextSteps>[1] = ['errorAlreadyAssociated', 'cspPlan', 'entitlementCloud'];
  if (view && view.company.offers.length > 0) {
    const contract = cloudStanding(view);
    if (hasNoCloudSupport(view)) {
      summary = m('cloudNoCloud', { company: view.company.name, offers: offersText(program, view.company.offers, language) });
      related = ['paidPlans', 'entitlementCloud', 'onPremRequestHowTo'];
    } else if (contract && contract.state !== 'active') {
      summary = m('cloudPackGone', { company: view.company.name, pack: benefitName(program, contract, language), status: contractStatus(contract, language) });
      related = ['paidPlans', 'errorAlreadyAssociated', 'cspPlan'];
    } else if (view.entitlement.cloudSupport) {
      summary = m('cloudReady', { company: view.company.name, cloud: cloudGrantText(program, view.entitlement.cloudSupport, language) });
      const linked = view.contracts.some((k) => k.benefit === 'signatureCloudSupport' && k.associations.some((a) => a.portal === 'azure' && a.aadObjectId === view.person.aadObjectId));
      if (linked) notes.push(m('cloudLinked'));
    }
    notes.push(...activationNotes(view, services, language), ...cspOnlyNotes(view, language));
  } else if (view) {
    summary = `${benefitsMessages.for(language)('none', { company: view.company.name })} ${summary}`;
  }
  const steps: AnswerSection = { heading: m('stepsHeading'), numbered: true, items: [m('cloud1', { url: program.link('azurePortal') }), m('cloud2'), m('cloud3')] };
  return [
    knowledgeReply(language, {
      title: m('cloudTitle'),
      summary,
      sections: [steps, ...(view === undefined || view.company.csp ? [cspSection(services, language)] : [])],
      notes: [...notes, m('cloudAlready')],
      links: links(program, ['azurePortal'], language),
      buttons: nextSteps(language, related),
      why: recordWhy(view, program, language, { contracts: view !== undefined }),
    }),
  ];
}

export async function cspPlan(request: IntentRequest, services: KnowledgeServices): Promise<Reply[]> {
  const { language, view } = await askerContext(request, services);
  const m = requestMessages.for(language);
  const own = view ? ` ${m(view.company.csp ? 'cspYes' : 'cspNo', { company: view.company.name })}` : '';
  return [
    knowledgeReply(language, {
      title: m('cspTitle'),
      summary: `${m('cspPlan')}${own}`,
      sections: [cspSection(services, language, true)],
      links: links(services.program, ['azurePortal', 'partnerCenterCustomers'], language),
      buttons: nextSteps(language, ['cspServiceRequest', 'cloudRequestHowTo']),
      why: recordWhy(view, services.program, language),
    }),
  ];
}

export async function unavailablePlans(request: IntentRequest, services: KnowledgeServices): Promise<Reply[]> {
  const { language, program, view } = await askerContext(request, services);
  const m = requestMessages.for(language);
  let summary = m('unavail');
  if (view && view.standings.length > 0) {
    const invalid = mostRelevant(view.standings.filter((s) => s.state !== 'active'));
    const shown = joinList(invalid.shown.map((s) => contractLine(program, s, language)), language);
    const list = invalid.more > 0 ? `${shown}${language === 'ja' ? '、' : '; '}${moreContractsText(invalid.more, language)}` : shown;
    summary += ` ${invalid.shown.length > 0
      ? m('unavailYours', { company: view.company.name, list })
      : m('unavailAllValid', { company: view.company.name })}`;
  }
  return [
    knowledgeReply(language, {
      title: m('unavailTitle'),
      summary,
      // The summary names the three reasons; the card does not list them again.
      notes: [...activationNotes(view, services, language)],
      links: links(program, ['nMinusOnePolicy', 'comparePlans'], language),
      buttons: nextSteps(language, ['oldProducts', 'incidentsRemaining', 'paidPlans']),
      why: recordWhy(view, program, language, { contracts: view !== undefined }),
    }),
  ];
}

/**
 * The personal overview topics: "what benefits do we have" and "how many
 * incidents are left". Known askers get their company's records; others the
 * general answer and how to check it themselves.
 */
import type { Language } from '../../../../domain/model.js';
import type { KnowledgeServices } from '../knowledgeServices.js';
import type { AnswerSection } from '../../../cards/answerCard.js';
import type { Reply } from '../../../reply.js';
import type { IntentRequest } from '../../../turnRequest.js';
import { activationNotes, companyRuleWhy, cspOnlyNotes, nextSteps, recordWhy, knowledgeReply } from '../answerContext.js';
import { askerContext, cloudStanding, type CompanyView, productSupportStanding } from '../companyView.js';
import { dataOnlyFacts, entitlementTable, tableSections, tableWhy } from '../entitlementTable.js';
import { dataBenefitMessages } from '../messages/dataBenefitMessages.js';
import { benefitsMessages } from '../messages/benefitsMessages.js';
import { commonMessages } from '../messages/commonMessages.js';
import { entitlementMessages } from '../messages/entitlementMessages.js';
import { remainingMessages } from '../messages/remainingMessages.js';
import { activationText, cloudGrantText } from '../programText.js';
import { benefitName, contractFacts, everyOffer, contractLine, contractStatus, formatDate, joinList, links, moreContractsText, mostRelevant, offersText } from '../../../presentation/index.js';

function productPhrase(view: CompanyView, services: KnowledgeServices, language: Language): string {
  const m = benefitsMessages.for(language);
  const standing = productSupportStanding(view);
  if (standing?.state === 'active' && standing.remaining !== null) {
    return m('productLeft', { remaining: standing.remaining, total: standing.total ?? '', end: formatDate(standing.endDate, language) });
  }
  if (standing) return m('productOther', { state: contractStatus(standing, language) });
  return m('productEntitled', { count: view.entitlement.productSupport?.incidents ?? 0 });
}

function cloudPhrase(view: CompanyView, services: KnowledgeServices, language: Language): string {
  const m = benefitsMessages.for(language);
  const grant = view.entitlement.cloudSupport;
  if (!grant || grant.package === 'none') return m('cloudNone');
  const standing = cloudStanding(view);
  if (grant.package === 'unlimited' && (!standing || standing.state === 'active')) return m('cloudUnlimited');
  if (standing && standing.total !== null) {
    const pack = benefitName(services.program, standing, language);
    if (standing.state === 'usedUp') return m('cloudPackUsedUp', { pack, total: standing.total });
    if (standing.state === 'active') return m('cloudPackLeft', { pack, remaining: standing.remaining ?? 0, total: standing.total });
  }
  return m('cloudOther', { cloud: cloudGrantText(services.program, grant, language) });
}

function activationSuffix(view: CompanyView, language: Language): string {
  const m = benefitsMessages.for(language);
  const status = view.company.activation.status;
  return status === 'notActivated' ? ` ${m('notActivatedShort')}` : status === 'pending' ? ` ${m('pendingShort')}` : '';
}

async function generalOverview(request: IntentRequest, services: KnowledgeServices): Promise<{ summary: string; sections: AnswerSection[]; why: string[] }> {
  const { language } = request;
  const { program } = services;
  const rows = await entitlementTable(services);
  const e = entitlementMessages.for(language);
  const incidents = e('tableIncidents', {
    list: joinList(rows.map((r) => e('offerIncidentsItem', { offer: program.offer(r.level).names[language], count: r.withOther.productSupport?.incidents ?? 0 })), language),
  });
  return { summary: benefitsMessages.for(language)('general', { incidents }), sections: tableSections(program, rows, language), why: tableWhy(program, rows, language) };
}

export async function myBenefits(request: IntentRequest, services: KnowledgeServices): Promise<Reply[]> {
  const { language, program, view } = await askerContext(request, services);
  const m = benefitsMessages.for(language);
  const c = commonMessages.for(language);
  const base = { whyTitle: c('whyTitle'), buttons: nextSteps(language, ['incidentsRemaining', 'findIds', 'onPremRequestHowTo', 'cloudRequestHowTo']) };
  if (!view || view.company.offers.length === 0) {
    const general = await generalOverview(request, services);
    const summary = view ? m('none', { company: view.company.name }) : general.summary;
    return [
      knowledgeReply(language, {
        ...base,
        title: view ? m('title') : m('generalTitle'),
        summary,
        sections: general.sections,
        notes: view ? [m('wrongAccount', { offers: everyOffer(program, language) })] : [m('whereToSee')],
        buttons: view ? nextSteps(language, ['errorNoBenefits', 'entitlementIncidents', 'paidPlans']) : base.buttons,
        why: [...general.why, ...recordWhy(view, program, language)],
      }),
    ];
  }
  const cspOnly = cspOnlyNotes(view, language);
  const extra = dataOnlyFacts(program, view.entitlement, language);
  const also = extra.length > 0 ? ` ${dataBenefitMessages.for(language)('alsoHolds', { list: joinList(extra.map((f) => `${f.label}: ${f.value}`), language) })}` : '';
  const summary = `${m('known', { company: view.company.name, offers: offersText(program, view.company.offers, language), product: productPhrase(view, services, language), cloud: cloudPhrase(view, services, language) })}${also}${activationSuffix(view, language)}${cspOnly.length > 0 ? ` ${cspOnly.join(' ')}` : ''}`;
  return [
    knowledgeReply(language, {
      ...base,
      title: m('title'),
      summary,
      facts: [
        { label: m('factOffers'), value: offersText(program, view.company.offers, language) },
        { label: m('factActivation'), value: activationText(view.company.activation.status, language) },
        ...contractFacts(program, view.standings, language),
        ...extra,
      ],
      notes: [...activationNotes(view, services, language), m('whereToSee')],
      why: [...companyRuleWhy(program, view.entitlement, language), ...recordWhy(view, program, language, { contracts: true })],
    }),
  ];
}

function remainingSummary(view: CompanyView, services: KnowledgeServices, language: Language): string {
  const m = remainingMessages.for(language);
  const { program } = services;
  const company = view.company.name;
  const offers = offersText(program, view.company.offers, language);
  const count = view.entitlement.productSupport?.incidents ?? 0;
  if (view.standings.length === 0) {
    if (view.company.activation.status === 'notActivated') return m('notActivated', { company, offers, count });
    if (view.company.activation.status === 'pending') return m('pending', { company, offers, count });
    return m('noContract', { company });
  }
  const { shown, more } = mostRelevant(view.standings);
  const sentences = shown.map((s) => {
    const pack = benefitName(program, s, language);
    if (s.benefit === 'productSupport' && s.state === 'active' && s.remaining !== null) {
      return m('product', { company, remaining: s.remaining, total: s.total ?? '', end: formatDate(s.endDate, language) });
    }
    if (s.benefit === 'signatureCloudSupport' && s.state === 'active') {
      return s.remaining === null ? m('cloudUnlimited') : m('packLeft', { pack, remaining: s.remaining, total: s.total ?? '' });
    }
    if (s.benefit === 'signatureCloudSupport' && s.state === 'usedUp') return m('packUsedUp', { pack, total: s.total ?? '' });
    return m('other', { company, line: contractLine(program, s, language) });
  });
  // Product support first: it is the number people ask about.
  if (more > 0) sentences.push(`${moreContractsText(more, language)}.`);
  return sentences.join(' ');
}

export async function incidentsRemaining(request: IntentRequest, services: KnowledgeServices): Promise<Reply[]> {
  const { language, program, view } = await askerContext(request, services);
  const m = remainingMessages.for(language);
  const steps: AnswerSection = {
    heading: m('stepsHeading'),
    numbered: true,
    items: [m('step1', { url: program.link('supportForBusinessCreate') }), m('step2'), m('step3'), m('step4')],
  };
  const noOffers = view !== undefined && view.company.offers.length === 0;
  const summary = !view ? m('general') : noOffers ? benefitsMessages.for(language)('none', { company: view.company.name }) : remainingSummary(view, services, language);
  return [
    knowledgeReply(language, {
      title: m('title'),
      summary,
      // No contract facts: the summary has a sentence per contract, the card does not list them again.
      sections: [steps],
      notes: [m('cloudPortals'), ...(noOffers ? [benefitsMessages.for(language)('wrongAccount', { offers: everyOffer(program, language) })] : activationNotes(view, services, language))],
      links: links(program, ['supportForBusinessCreate', 'incidentsRemainingArticle'], language),
      buttons: nextSteps(language, ['onPremRequestHowTo', 'unavailablePlans', 'paidPlans']),
      why: [...(view ? companyRuleWhy(program, view.entitlement, language) : []), ...recordWhy(view, program, language, { contracts: true })],
    }),
  ];
}

/**
 * "How many incidents does Gold get?", "Does Silver include Azure support?".
 * An offer or competency named in the question wins (follow-ups such as
 * "and Silver?" arrive with new entities); otherwise a known asker gets their
 * company's answer and an unknown one the whole table. A question about
 * offers adding up gets the combination policy, whatever offer it names.
 */
import type { BenefitKind, Language, OfferLevel } from '../../../../domain/model.js';
import type { Intent } from '../../../../nlu/intents.js';
import type { KnowledgeServices } from '../knowledgeServices.js';
import type { Reply } from '../../../reply.js';
import type { IntentRequest } from '../../../turnRequest.js';
import { activationNotes, companyRuleWhy, nextSteps, offerRuleWhy, recordWhy, knowledgeReply } from '../answerContext.js';
import { askerContext, cloudStanding, type CompanyView, productSupportStanding } from '../companyView.js';
import { cloudCompactValue, dataOnlyFacts, entitlementTable, offerFacts, tableSections, tableWhy } from '../entitlementTable.js';
import { commonMessages } from '../messages/commonMessages.js';
import { entitlementMessages } from '../messages/entitlementMessages.js';
import { cloudGrantText } from '../programText.js';
import { aboutCombination, asksCombination, ownOffer, personalLead } from './combinationAnswer.js';
import { aboutOffer, hasNoCloud, type Part, type Topic } from './offerAnswer.js';
import { competencyName, contractFacts, contractLine, formatDate, joinList, offerName, offersText } from '../../../presentation/index.js';


const RELATED: Readonly<Record<Topic, readonly Intent[]>> = {
  incidents: ['incidentsRemaining', 'entitlementCloud', 'oldProducts'],
  cloud: ['cloudCompetencies', 'cloudRequestHowTo', 'paidPlans'],
};

async function aboutCompetency(topic: Topic, competency: string, services: KnowledgeServices, language: Language): Promise<Part> {
  const { program } = services;
  const m = entitlementMessages.for(language);
  // Competencies come with the offers held in one (Silver, Gold); Action Pack has none.
  const levels = program.offersWithCompetency().map((o) => o.level);
  const offers = await Promise.all(levels.map((level) => services.entitlements.forOffer({ level, competency })));
  const label = (level: OfferLevel): string => program.offer(level).names[language];
  const compName = competencyName(program, competency, language);
  const summary = topic === 'incidents'
    ? m('competencyIncidents', {
        competency: compName,
        benefit: program.benefitName('productSupport')[language],
        list: joinList(offers.map((o) => m('offerIncidentsItem', { offer: label(o.offer.level), count: o.productSupport?.incidents ?? 0 })), language),
      })
    : m(program.isCloudCompetency(competency) ? 'competencyCloud' : 'competencyOther', {
        competency: compName,
        list: joinList(offers.map((o) => m('offerCloudItem', { offer: label(o.offer.level), cloud: program.cloudPackageName(o.cloudSupport?.package ?? 'none')[language] })), language),
      });
  const sections = offers.map((o) => ({
    heading: offerName(program, o.offer, language),
    items: offerFacts(program, o, program.cloudPackageName(o.cloudSupport?.package ?? 'none')[language], language).map((f) => `${f.label}: ${f.value}`),
  }));
  return { summary, sections, why: offers.flatMap((o) => offerRuleWhy(program, o, language)) };
}

function aboutCompany(topic: Topic, view: CompanyView, services: KnowledgeServices, language: Language): Part {
  const { program } = services;
  const m = entitlementMessages.for(language);
  const { company, entitlement } = view;
  const benefit = program.benefitName('productSupport')[language];
  let summary: string;
  // The contract the summary speaks of is not listed again in the card.
  let stated: BenefitKind | undefined;
  if (topic === 'incidents') {
    const top = entitlement.productSupport?.from[0];
    summary = m('companyIncidents', { company: company.name, count: entitlement.productSupport?.incidents ?? 0, benefit, offer: top ? offerName(program, top, language) : '' });
    const product = productSupportStanding(view);
    if (product?.state === 'active' && product.remaining !== null) {
      summary += ` ${m('companyRemaining', { remaining: product.remaining, end: formatDate(product.endDate, language) })}`;
      stated = 'productSupport';
    }
  } else if (entitlement.cloudSupport === null || hasNoCloud(entitlement)) {
    summary = m('companyNoCloud', { company: company.name, offers: offersText(program, company.offers, language), benefit });
  } else {
    const from = entitlement.cloudSupport.from[0];
    summary = m('companyCloud', { company: company.name, cloud: cloudGrantText(program, entitlement.cloudSupport, language), offer: from ? offerName(program, from, language) : '' });
    const contract = cloudStanding(view);
    // A used-up or expired pack is what the user will run into: say so in the one line.
    if (contract && contract.state !== 'active') summary += ` ${contractLine(program, contract, language)}.`;
    stated = 'signatureCloudSupport';
  }
  return {
    summary,
    facts: [...contractFacts(program, view.standings.filter((s) => s.benefit !== stated), language), ...dataOnlyFacts(program, entitlement, language)],
    why: [...companyRuleWhy(program, entitlement, language), ...recordWhy(view, program, language, { contracts: true })],
  };
}

/** The whole table, or only the levels a comparison names ("Silver vs Gold"). */
async function aboutTable(topic: Topic, services: KnowledgeServices, language: Language, only?: readonly OfferLevel[]): Promise<Part> {
  const { program } = services;
  const m = entitlementMessages.for(language);
  const rows = (await entitlementTable(services)).filter((r) => !only || only.includes(r.level));
  const label = (level: OfferLevel): string => program.offer(level).names[language];
  const summary = topic === 'incidents'
    ? m('tableIncidents', { list: joinList(rows.map((r) => m('offerIncidentsItem', { offer: label(r.level), count: r.withOther.productSupport?.incidents ?? 0 })), language) })
    : m('tableCloud', { list: rows.map((r) => `${label(r.level)}: ${cloudCompactValue(program, r, language)}`).join(language === 'ja' ? '、' : '; ') });
  return { summary, sections: tableSections(program, rows, language), why: tableWhy(program, rows, language) };
}

async function answerEntitlement(topic: Topic, request: IntentRequest, services: KnowledgeServices): Promise<Reply[]> {
  const { language, program, view } = await askerContext(request, services);
  const { offerLevel, offerLevels, offerRelation, competency: named } = request.understanding.entities;
  const competency = named !== undefined && program.competency(named) ? named : undefined;
  const m = entitlementMessages.for(language);
  const c = commonMessages.for(language);
  const notes: string[] = [];
  let part: Part;
  let why: string[] = [];
  // An offer without competencies (Action Pack) ignores a competency named with it.
  const alone = (level: OfferLevel): boolean => !program.offer(level).competency;
  // Offers stated as held together ("we have Action Pack and Silver Security; cloud support?"), without asking
  // whether they add up: under the highest/best policy the highest offer named is the answer.
  const { policy } = services.entitlements;
  const heldTogether = offerRelation === 'combined' && offerLevels && !asksCombination(request.text) && policy.productSupport !== 'sum' && policy.cloudSupport !== 'sum';
  const highest = heldTogether ? [...offerLevels].sort((a, b) => program.offer(b).rank - program.offer(a).rank)[0] : offerLevel;
  if (offerLevels && offerRelation === 'compare') part = await aboutTable(topic, services, language, offerLevels);
  else if (!heldTogether && (offerRelation === 'combined' || (!offerLevels && asksCombination(request.text)))) part = await aboutCombination(offerLevels ?? [], view, services, language);
  else if (highest) {
    const offerCompetency = alone(highest) ? undefined : competency;
    part = await aboutOffer(topic, highest, offerCompetency, services, language);
    // Someone naming an offer they hold hears about their own instead of the general rule, which
    // would say the same figure again (not for an offer without competencies: its general answer is exactly theirs).
    const own = alone(highest) ? undefined : ownOffer(view, highest, offerCompetency);
    if (own) part = { ...part, summary: await personalLead(topic, own, services, language) };
  }
  else if (competency) part = await aboutCompetency(topic, competency, services, language);
  else if (view && view.company.offers.length > 0) {
    part = aboutCompany(topic, view, services, language);
    notes.push(...activationNotes(view, services, language));
  } else {
    part = await aboutTable(topic, services, language);
    if (view) {
      part = { ...part, summary: `${m('noOffers', { company: view.company.name })} ${part.summary}` };
      notes.push(m('noOffersNote'));
      why = recordWhy(view, program, language);
    }
  }
  if (why.length === 0 && !part.why?.some((w) => w === c('whySource'))) why = view ? [c('whySource')] : [c('whyUnknown'), c('whySource')];
  return [
    knowledgeReply(language, {
      title: m(topic === 'incidents' ? 'incidentsTitle' : 'cloudTitle'),
      summary: part.summary,
      facts: part.facts,
      sections: part.sections,
      notes: [...notes],
      buttons: nextSteps(language, RELATED[topic]),
      why: [...(part.why ?? []), ...why],
    }),
  ];
}

export const entitlementIncidents = (request: IntentRequest, services: KnowledgeServices): Promise<Reply[]> => answerEntitlement('incidents', request, services);
export const entitlementCloud = (request: IntentRequest, services: KnowledgeServices): Promise<Reply[]> => answerEntitlement('cloud', request, services);

/**
 * "Do Gold and Silver incidents add up?" and "does Gold include Azure?" asked
 * by someone who holds Gold. The offers named come from entity extraction
 * (program.json's offer names and words); a question asking whether offers
 * add up without naming two is recognised here from the text. The policy
 * stated is the editable combination setting of entitlements.json, never a
 * sentence written here.
 */
import type { Language, Offer, OfferLevel } from '../../../../domain/model.js';
import type { KnowledgeServices } from '../knowledgeServices.js';
import type { CompanyView } from '../companyView.js';
import { entitlementMessages } from '../messages/entitlementMessages.js';
import type { Part, Topic } from './offerAnswer.js';
import { competencyName, joinList } from '../../../presentation/index.js';

const COMBINE_WORDS = /\b(add(s|ed)? up|add(ed)? together|combin(e|ed|ing|ation)|cumulative|stack(s|ed|ing)?|summed|on top of each other)\b|合算|足し合わせ|加算|累積/i;

/** Whether offers add up, asked without naming two of them (two named are the entities' "combined" relation). */
export function asksCombination(text: string): boolean {
  return COMBINE_WORDS.test(text.normalize('NFKC'));
}

/** `named`: the offers the question names, in text order (entity extraction). */
export async function aboutCombination(named: readonly OfferLevel[], view: CompanyView | undefined, services: KnowledgeServices, language: Language): Promise<Part> {
  const { program, entitlements } = services;
  const m = entitlementMessages.for(language);
  const { policy } = entitlements;
  const sentences = [m(policy.productSupport === 'sum' ? 'combineSum' : 'combineHighest'), m(policy.cloudSupport === 'sum' ? 'combineCloudSum' : 'combineBest')];
  // The example uses the offers named, or the two highest when fewer were named.
  const levels = (named.length >= 2 ? [...named] : program.offers().slice(-2).map((o) => o.level)).sort((a, b) => program.offer(a).rank - program.offer(b).rank);
  const counts = await Promise.all(levels.map(async (level) => (await entitlements.forOffer({ level })).productSupport?.incidents ?? 0));
  const offers = joinList(levels.map((l) => program.offer(l).names[language]), language);
  const sum = counts.reduce((a, b) => a + b, 0);
  sentences.push(policy.productSupport === 'sum' ? m('combineExampleSum', { offers, sum }) : m('combineExample', { offers, count: Math.max(...counts), sum }));
  if (view && view.company.offers.length > 1 && view.entitlement.productSupport) {
    sentences.push(m('combineYours', { company: view.company.name, count: view.entitlement.productSupport.incidents }));
  }
  return { summary: sentences.join(' ') };
}

/** The asker's own offer at the level named (and the competency, if one was named too). */
export function ownOffer(view: CompanyView | undefined, level: OfferLevel, competency: string | undefined): Offer | undefined {
  return view?.company.offers.find((o) => o.level === level && (competency === undefined || o.competency === competency));
}

/** "Your Gold competency in Cloud Platform is a cloud competency: …": the personal fact, said first. */
export async function personalLead(topic: Topic, offer: Offer, services: KnowledgeServices, language: Language): Promise<string> {
  const { program } = services;
  const m = entitlementMessages.for(language);
  const entitlement = await services.entitlements.forOffer(offer);
  const params = { offer: program.offer(offer.level).names[language], competency: offer.competency ? competencyName(program, offer.competency, language) : '' };
  if (topic === 'incidents') {
    return m(offer.competency ? 'yourIncidentsIn' : 'yourIncidents', { ...params, count: entitlement.productSupport?.incidents ?? 0, benefit: program.benefitName('productSupport')[language] });
  }
  const cloud = { benefit: program.benefitName('signatureCloudSupport')[language], package: program.cloudPackageName(entitlement.cloudSupport?.package ?? 'none')[language] };
  if (!offer.competency || entitlement.cloudSupport === null || entitlement.cloudSupport.package === 'none') return m('yourNoCloud', params);
  return m(entitlement.competencyCloud ? 'yourCloudCompetency' : 'yourOtherCompetency', { ...params, ...cloud });
}

/**
 * The answer about one named offer ("does Silver include Azure?", "how many
 * incidents with Gold?"). It always states both facts, product-support
 * incidents and Signature Cloud Support, leading with the one asked: the two
 * questions are close enough that language understanding may pick the other
 * one, and either way the asker gets their answer.
 */
import type { Language, Offer, OfferLevel } from '../../../../domain/model.js';
import type { OfferEntitlement } from '../../../../domain/entitlement/index.js';
import type { KnowledgeServices } from '../knowledgeServices.js';
import type { Answer } from '../../../cards/answerCard.js';
import { offerRuleWhy } from '../answerContext.js';
import { cloudIndependent, cloudPartOnly, cloudValue, offerFacts, offerRow } from '../entitlementTable.js';
import { entitlementMessages } from '../messages/entitlementMessages.js';
import { cloudGrantText } from '../programText.js';
import { offerName } from '../../../presentation/index.js';

export type Topic = 'incidents' | 'cloud';
export type Part = Pick<Answer, 'summary' | 'facts' | 'sections' | 'why'>;

export const hasNoCloud = (offer: { cloudSupport: { package: string } | null }): boolean => offer.cloudSupport === null || offer.cloudSupport.package === 'none';

export async function aboutOffer(topic: Topic, level: OfferLevel, competency: string | undefined, services: KnowledgeServices, language: Language): Promise<Part> {
  const { program } = services;
  const m = entitlementMessages.for(language);
  const row = await offerRow(services, level);
  const offer: Offer = competency === undefined ? { level } : { level, competency };
  const entitlement = competency === undefined ? row.withOther : await services.entitlements.forOffer(offer);
  // Without a competency the cloud answer is "it depends", unless the rules say it does not (Action Pack).
  const depends = competency === undefined && !cloudIndependent(row);
  const noCloud = hasNoCloud(entitlement) && !depends;
  const name = offerName(program, offer, language);
  const benefit = program.benefitName('productSupport')[language];
  const count = entitlement.productSupport?.incidents ?? 0;
  const packageName = (grant: OfferEntitlement['cloudSupport']): string => program.cloudPackageName(grant?.package ?? 'none')[language];
  const split = { cloud: packageName(row.withCloud.cloudSupport), other: packageName(row.withOther.cloudSupport) };
  const grant = cloudGrantText(program, entitlement.cloudSupport, language);
  let summary: string;
  // The summary is the message text and says the fact asked for; the card's facts hold both figures.
  if (topic === 'incidents') {
    summary = m('offerIncidents', { offer: name, count, benefit });
  } else if (noCloud) {
    // This sentence already names the incidents the offer does have.
    summary = m('offerNoCloud', { offer: name, benefit, count });
  } else {
    summary = depends ? m('offerCloudDepends', { offer: name, ...split }) : m('offerCloud', { offer: name, cloud: grant });
  }
  const cloud = depends ? cloudValue(program, row, language) : packageName(entitlement.cloudSupport);
  const why = depends
    ? [...offerRuleWhy(program, row.withOther, language), ...offerRuleWhy(program, cloudPartOnly(row.withCloud), language)]
    : offerRuleWhy(program, entitlement, language);
  // Say it once: the card keeps only the figure the summary did not state.
  const [productFact, cloudFact] = offerFacts(program, entitlement, cloud, language);
  const unstated = topic === 'incidents' ? [cloudFact] : noCloud ? [] : [productFact];
  return { summary, facts: unstated.filter((f) => f !== undefined), why };
}

/**
 * Questions about a benefit that is data only ("does Gold include advisory
 * hours?"): program.json declares it, "benefit" rules grant it. The question
 * is recognised by the benefit's names and terms from program.json rather
 * than by the language model, so adding such a benefit needs no retraining
 * and no corpus lines; the answer is the rules' figure for the offer named,
 * the asker's company, or every offer.
 */
import { isDataOnlyBenefit, type BenefitGrant, type BenefitInfo, type ProgramData } from '../../../../domain/entitlement/index.js';
import type { Language, Offer } from '../../../../domain/model.js';
import type { Answer } from '../../../cards/answerCard.js';
import type { Reply } from '../../../reply.js';
import type { TurnRequest } from '../../../turnRequest.js';
import { activationNotes, knowledgeReply, nextSteps, recordWhy } from '../answerContext.js';
import { askerContext } from '../companyView.js';
import type { KnowledgeServices } from '../knowledgeServices.js';
import { commonMessages } from '../messages/commonMessages.js';
import { dataBenefitMessages } from '../messages/dataBenefitMessages.js';
import { benefitAmount, joinList, offerName, offersText } from '../../../presentation/index.js';

const squeeze = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** A phrase as a whole word in English; in Japanese anywhere, spaces ignored (Japanese writes none). */
function names(text: string, phrase: string): boolean {
  const wanted = squeeze(phrase);
  if (wanted === '') return false;
  if (JAPANESE.test(wanted)) return text.replace(/ /g, '').includes(wanted.replace(/ /g, ''));
  const escaped = wanted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** The data-only benefit the text names, by any of its names or terms in either language. */
export function dataBenefitNamedIn(text: string, program: ProgramData): BenefitInfo | undefined {
  const squeezed = squeeze(text);
  return program
    .benefits()
    .filter((b) => isDataOnlyBenefit(b.id))
    .find((b) => [b.names.en, b.names.ja, ...b.terms.en, ...b.terms.ja].some((phrase) => names(squeezed, phrase)));
}

type Part = Pick<Answer, 'summary' | 'facts' | 'notes' | 'why'>;

function ruleLine(program: ProgramData, offer: Offer, grant: BenefitGrant, language: Language): string {
  const effect = `${program.benefitName(grant.benefit)[language]}: ${benefitAmount(program, grant, language)}`;
  return commonMessages.for(language)('whyRule', { offer: offerName(program, offer, language), effect });
}

async function aboutOffer(benefit: BenefitInfo, offer: Offer, services: KnowledgeServices, language: Language): Promise<Part> {
  const { program } = services;
  const m = dataBenefitMessages.for(language);
  const grant = (await services.entitlements.forOffer(offer)).grants.find((g) => g.benefit === benefit.id);
  const params = { offer: offerName(program, offer, language), benefit: benefit.names[language] };
  return {
    summary: grant ? m('offerIncludes', { ...params, amount: benefitAmount(program, grant, language) }) : m('offerLacks', params),
    facts: [{ label: benefit.names[language], value: benefitAmount(program, grant, language) }],
    why: grant ? [ruleLine(program, offer, grant, language)] : [],
  };
}

async function aboutEveryOffer(benefit: BenefitInfo, services: KnowledgeServices, language: Language): Promise<Part> {
  const { program } = services;
  const rows = await Promise.all(
    program.offers().map(async ({ level }) => ({ offer: { level }, grant: (await services.entitlements.forOffer({ level })).grants.find((g) => g.benefit === benefit.id) })),
  );
  const facts = rows.map((r) => ({ label: offerName(program, r.offer, language), value: benefitAmount(program, r.grant, language) }));
  return {
    summary: dataBenefitMessages.for(language)('byOffer', { benefit: benefit.names[language], list: joinList(facts.map((f) => `${f.label}: ${f.value}`), language) }),
    facts,
    why: rows.flatMap((r) => (r.grant ? [ruleLine(program, r.offer, r.grant, language)] : [])),
  };
}

async function answer(benefit: BenefitInfo, request: TurnRequest, services: KnowledgeServices): Promise<Reply[]> {
  const { language, program, view } = await askerContext(request, services);
  const m = dataBenefitMessages.for(language);
  const c = commonMessages.for(language);
  const { offerLevel, competency } = services.nlu.entities(request.text);
  let part: Part;
  if (offerLevel) {
    // An offer without competencies (Action Pack) ignores a competency named with it.
    const withCompetency = competency !== undefined && program.competency(competency) && program.offer(offerLevel).competency;
    part = await aboutOffer(benefit, withCompetency ? { level: offerLevel, competency } : { level: offerLevel }, services, language);
    part = { ...part, why: [...(part.why ?? []), ...(view ? [c('whySource')] : [c('whyUnknown'), c('whySource')])] };
  } else if (view && view.company.offers.length > 0) {
    const held = view.entitlement.grants.find((g) => g.benefit === benefit.id);
    const from = held?.from[0];
    const params = { company: view.company.name, benefit: benefit.names[language] };
    part = {
      summary: held && from
        ? m('companyHolds', { ...params, amount: benefitAmount(program, held, language), offer: offerName(program, from, language) })
        : m('companyLacks', { ...params, offers: offersText(program, view.company.offers, language) }),
      facts: [{ label: benefit.names[language], value: benefitAmount(program, held, language) }],
      notes: activationNotes(view, services, language),
      why: [
        ...view.entitlement.offers.flatMap((o) => o.grants.filter((g) => g.benefit === benefit.id).map((g) => ruleLine(program, o.offer, g, language))),
        ...recordWhy(view, program, language),
      ],
    };
  } else {
    part = await aboutEveryOffer(benefit, services, language);
    part = { ...part, why: [...(part.why ?? []), ...recordWhy(view, program, language)] };
  }
  return [
    knowledgeReply(language, {
      title: benefit.names[language],
      summary: part.summary,
      facts: part.facts,
      notes: part.notes ?? [],
      buttons: nextSteps(language, ['myBenefits', 'entitlementIncidents', 'paidPlans']),
      why: part.why,
    }),
  ];
}

/** Runs before language understanding (an interceptor): a data-only benefit has no intent of its own. */
export async function dataBenefitQuestion(request: TurnRequest, services: KnowledgeServices): Promise<Reply[] | undefined> {
  const benefit = dataBenefitNamedIn(request.text, services.program);
  return benefit ? answer(benefit, request, services) : undefined;
}

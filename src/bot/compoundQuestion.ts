/**
 * "My account is only associated with CSP. Can I see the benefits, and how
 * do I open a request for a customer?" asks two things. Each part is
 * understood on its own; when two parts land confidently on different
 * knowledge topics, both are answered, in the order asked, instead of
 * answering one and dropping the other.
 */
import type { Language } from '../domain/model.js';
import type { Intent } from '../nlu/intents.js';
import type { Nlu, Understanding } from '../nlu/nluModel.js';
import { withStatedSituation } from './statedSituation.js';

/** Topics that only answer: flows, hand-offs and small talk are never started from half a message. */
const ANSWER_ONLY: ReadonlySet<Intent> = new Set<Intent>([
  'entitlementIncidents', 'entitlementCloud', 'myBenefits', 'incidentsRemaining', 'cloudCompetencies', 'technicalSupportScope',
  'oldProducts', 'whoCanActivate', 'accountAssociation', 'anyoneCanUse', 'activationHowTo', 'activationStatus', 'findIds',
  'onPremRequestHowTo', 'cloudRequestHowTo', 'cspPlan', 'cspServiceRequest', 'unavailablePlans', 'benefitDuration',
  'errorNotAuthorized', 'errorNoBenefits', 'errorAlreadyAssociated', 'paidPlans', 'usefulLinks',
]);

/** One answer already covers both figures of an offer. */
const SAME_ANSWER: Partial<Record<Intent, Intent>> = { entitlementCloud: 'entitlementIncidents' };

const SPLIT_EN = /(?<=[?!.])\s+|,?\s+and (?=(?:how|where|what|which|who|when|can|could|do|does|is|are|should|will)\b)/i;
const SPLIT_JA = /(?<=[？?。！!])/;

const QUESTION_EN = /\?$|^(how|where|what|which|who|when|why|can|could|do|does|did|is|are|should|will|would)\b/i;
const QUESTION_JA = /[？?]$|(か|の|ですか|ますか)[。]?$/;

/** The questions of a message; a statement ("My account is CSP-only.") is context for the question after it. */
export function questionParts(text: string, language: Language): string[] {
  const pieces = text
    .split(language === 'ja' ? SPLIT_JA : SPLIT_EN)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const parts: string[] = [];
  let context = '';
  for (const piece of pieces) {
    // "What now?" is too short to be a question of its own: it asks about what came before.
    const substantial = piece.replace(/[\s?？。.!！、,]/g, '').length >= (language === 'ja' ? 4 : 8);
    const question = substantial && (language === 'ja' ? QUESTION_JA : QUESTION_EN).test(piece);
    if (!question) {
      context = context ? `${context} ${piece}` : piece;
      continue;
    }
    parts.push(context ? `${context} ${piece}` : piece);
    context = '';
  }
  if (context) parts.push(context);
  return parts;
}

/** Two or more understandings when the message asks about different topics; undefined otherwise. */
export async function compoundUnderstandings(text: string, language: Language, nlu: Nlu, whole: Understanding): Promise<Understanding[] | undefined> {
  const parts = questionParts(text, language);
  if (parts.length < 2) return undefined;
  const chosen: Understanding[] = [];
  let answered = 0;
  for (const part of parts) {
    const understood = withStatedSituation(await nlu.understand(part, language), part);
    if (understood.intent === 'None' || !ANSWER_ONLY.has(understood.intent)) continue;
    answered += 1;
    const topic = SAME_ANSWER[understood.intent] ?? understood.intent;
    if (chosen.some((c) => c.intent !== 'None' && (SAME_ANSWER[c.intent] ?? c.intent) === topic)) continue;
    // What the whole message states (an offer, a customer) still applies to each part.
    chosen.push({ ...understood, entities: { ...whole.entities, ...understood.entities, idLikeTokens: whole.entities.idLikeTokens } });
  }
  if (chosen.length >= 2) return chosen.slice(0, 2);
  // Every part asks the same thing ("how many cloud incidents, and how many on-prem?"): the parts, read one
  // at a time, are surer than the whole message, whose mix of words can sound like a third topic.
  const [only] = chosen;
  const agreed = only !== undefined && answered === parts.length && only.intent !== whole.intent;
  return agreed ? [only] : undefined;
}

/**
 * Follow-ups keep context: after "how many incidents does Gold get?",
 * "and Silver?" is the same question about Silver. A short, elliptical
 * message that names an offer, competency or product, and that the model
 * does not confidently place elsewhere, continues the previous topic.
 */
import type { Entities } from '../nlu/entityExtractor.js';
import type { Intent } from '../nlu/intents.js';
import type { Understanding } from '../nlu/nluModel.js';
import type { ConversationState } from './conversationMemory.js';

const CONTINUABLE: ReadonlySet<Intent> = new Set<Intent>([
  'entitlementIncidents',
  'entitlementCloud',
  'oldProducts',
  'cspServiceRequest',
  'cloudCompetencies',
]);

const ELLIPTICAL_EN = /^(and|what about|how about|also|then|same for|for)\b/i;
const ELLIPTICAL_JA = /^(では|じゃあ|それでは|なら|あと|また)|(は|なら|の場合)[？?]?$/;

function namesSubject(entities: Entities): boolean {
  return Boolean(entities.offerLevel ?? entities.competency ?? entities.product);
}

function isElliptical(text: string): boolean {
  const trimmed = text.trim();
  return ELLIPTICAL_EN.test(trimmed) || ELLIPTICAL_JA.test(trimmed) || trimmed.split(/\s+/).length <= 2;
}

/** Words that name a topic of their own: "and Gold benefits?" is not a bare follow-up. */
const TOPIC_WORDS = /\b(benefits?|activat\w*|link\w*|plans?|prices?|costs?|ids?|requests?|tickets?|help|helpdesk|remaining|left)\b/i;
const LEAD_EN = /^(and|what about|how about|also|then|same for|for)\s+/i;
const LEAD_JA = /^(では|じゃあ|それでは|なら|あと|また)[、,]?/u;
const TAIL_JA = /(は|なら|の場合)$/u;

/**
 * "and Silver?", "シルバーは？": a lead word and the subject, nothing else that
 * could name another topic. The model scores such text on the subject word
 * alone, often confidently, so its score says nothing about the topic.
 */
function isBare(text: string): boolean {
  const trimmed = text.trim().replace(/[?？!！。.]+$/u, '');
  if (/[\u3040-\u30ff\u4e00-\u9faf]/u.test(trimmed)) {
    const rest = trimmed.replace(LEAD_JA, '').replace(TAIL_JA, '');
    // A particle left in the middle ("ゴールドの特典") means more than a subject.
    return rest !== trimmed && !/[\u3040-\u309f]/u.test(rest);
  }
  const rest = trimmed.replace(LEAD_EN, '');
  return rest !== trimmed && rest.split(/\s+/).length <= 2 && !TOPIC_WORDS.test(rest);
}

export function resolveFollowUp(understanding: Understanding, state: ConversationState, text: string): Understanding {
  const last = state.lastIntent;
  if (!last || !CONTINUABLE.has(last) || !namesSubject(understanding.entities)) return understanding;
  const elliptical = isElliptical(text);
  const continues = understanding.intent === 'None' || (understanding.intent !== last && elliptical && (understanding.score < 0.9 || isBare(text)));
  if (!continues) return understanding;
  // A new offer replaces the old one; a competency only carries over with its offer.
  const carried: Entities = understanding.entities.offerLevel
    ? understanding.entities
    : { ...state.lastEntities, ...understanding.entities, idLikeTokens: understanding.entities.idLikeTokens };
  return { ...understanding, intent: last, score: Math.max(understanding.score, 0.5), entities: carried };
}

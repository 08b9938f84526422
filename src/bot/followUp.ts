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

export function resolveFollowUp(understanding: Understanding, state: ConversationState, text: string): Understanding {
  const last = state.lastIntent;
  if (!last || !CONTINUABLE.has(last) || !namesSubject(understanding.entities)) return understanding;
  const continues = understanding.intent === 'None' || (understanding.intent !== last && isElliptical(text) && understanding.score < 0.9);
  if (!continues) return understanding;
  // A new offer replaces the old one; a competency only carries over with its offer.
  const carried: Entities = understanding.entities.offerLevel
    ? understanding.entities
    : { ...state.lastEntities, ...understanding.entities, idLikeTokens: understanding.entities.idLikeTokens };
  return { ...understanding, intent: last, score: Math.max(understanding.score, 0.5), entities: carried };
}

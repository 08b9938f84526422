/**
 * How a whole reply to an independent question is judged, by what the user
 * sees: the expected fact (right), an honest "the program's rules don't say"
 * (notCovered), a clarifying question (clarify), or anything else (wrong: a
 * confident answer that does not carry the fact asked for).
 */
import type { Language } from '../../domain/model.js';
import { conversationMessages } from '../features/conversation/conversationMessages.js';
import type { IndependentQuestion } from './independentSet.js';

export type Verdict = 'right' | 'clarify' | 'notCovered' | 'wrong';

/** Whitespace and width do not matter when looking for a fact ("アクセスID" = "アクセス ID"). */
export function comparable(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** The text a user sees at first: message text plus the cards' texts, not what a "Why?" panel hides until clicked. */
export function visibleReplyText(activities: ReadonlyArray<Readonly<Record<string, unknown>>>): string {
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const obj = node as Record<string, unknown>;
    for (const key of ['text', 'title', 'value', 'label']) if (typeof obj[key] === 'string') parts.push(obj[key] as string);
    const hidden = obj.type === 'Action.ShowCard' ? 'card' : undefined;
    for (const [key, value] of Object.entries(obj)) if (key !== 'fallbackText' && key !== hidden && typeof value === 'object') walk(value);
  };
  for (const activity of activities) {
    if (typeof activity.text === 'string') parts.push(activity.text);
    walk(activity.attachments);
  }
  return parts.join('\n');
}

function markers(language: Language, keys: ReadonlyArray<keyof typeof conversationMessages.en>): string[] {
  const catalog = language === 'ja' ? conversationMessages.ja : conversationMessages.en;
  return keys.map((key) => comparable(catalog[key].split('{')[0] ?? ''));
}

export function judgeReply(question: IndependentQuestion, visible: string, language: Language): Verdict {
  const seen = comparable(visible);
  const hasFacts = question.facts.length > 0 && question.facts.every((group) => group.some((fact) => seen.includes(comparable(fact))));
  const answeredAnother = (question.absent ?? []).some((phrase) => seen.includes(comparable(phrase)));
  if (question.expect === 'answer' && hasFacts && !answeredAnother) return 'right';
  if (markers(language, ['notCovered']).some((m) => seen.includes(m))) return question.expect === 'notCovered' ? 'right' : 'notCovered';
  if (markers(language, ['notSureSummary', 'notSureAgain', 'clarifyQuestion']).some((m) => seen.includes(m))) {
    return question.expect === 'clarify' ? 'right' : 'clarify';
  }
  return 'wrong';
}

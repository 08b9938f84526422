/**
 * Groups the questions the bot could not answer so the same question asked
 * ten ways counts as one line: case, width, punctuation and spacing are
 * ignored, and anything ID-like or an e-mail address is masked first.
 */
import { maskSecretsInText } from '../secrets.js';
import { UNANSWERED_TEXT_LIMIT, type UnansweredQuestion } from './unansweredQuestion.js';

export interface QuestionGroup {
  /** The most recent wording. */
  readonly text: string;
  readonly count: number;
  readonly lastAt: string;
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** What is stored: masked, one line, shortened. */
export function storableQuestion(text: string): string {
  return maskSecretsInText(text.replace(EMAIL, '•••@•••'))
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, UNANSWERED_TEXT_LIMIT);
}

export function groupKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The `limit` most asked, most recent first among equals. */
export function topQuestions(questions: readonly UnansweredQuestion[], limit = 10): QuestionGroup[] {
  const groups = new Map<string, QuestionGroup>();
  for (const q of questions) {
    const key = groupKey(q.text);
    if (!key) continue;
    const current = groups.get(key);
    const newer = !current || q.at >= current.lastAt;
    groups.set(key, { text: newer ? q.text : current.text, count: (current?.count ?? 0) + 1, lastAt: newer ? q.at : current.lastAt });
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt)).slice(0, limit);
}

/**
 * How long a general answer reads: the median number of characters a person
 * not in the partner directory sees at first (message text and card, the
 * "Why?" panel closed) for the independent set's questions that expect an
 * answer. Replies that say each fact once, with details only in the card,
 * keep it short.
 */
import type { Language } from '../../domain/model.js';
import { loadIndependentSet } from './independentSet.js';

/** The figure before answers stopped repeating themselves (README, 2026-11-30): characters, per language. */
export const VISIBLE_LENGTH_BEFORE: Readonly<Record<Language, number>> = { en: 1016, ja: 648 };

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export async function medianVisibleLength(language: Language, ask: (as: string, text: string, language: Language) => Promise<string>): Promise<{ median: number; count: number; lengths: number[] }> {
  const questions = loadIndependentSet(language).filter((q) => q.as === 'stranger' && q.expect === 'answer');
  const lengths: number[] = [];
  for (const question of questions) lengths.push((await ask('stranger', question.q, language)).length);
  return { median: median(lengths), count: lengths.length, lengths };
}

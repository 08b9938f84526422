import type { Language } from '../domain/model.js';
import { JAPANESE_CHAR } from './textNormalizer.js';

/** Two or more Latin letters in a row: a word, not a stray "x" or a version suffix. */
const LATIN_WORD = /\p{Script=Latin}{2,}/u;

/**
 * The language of one message, from its script alone. Any kana or kanji makes
 * it Japanese: Japanese partners mix English product names and pasted English
 * errors into Japanese sentences, while English writers almost never type
 * kana. Undefined when there is nothing to go on (empty, digits, an ID, emoji):
 * callers then fall back to the Teams locale.
 */
export function detectLanguage(text: string): Language | undefined {
  const normalized = text.normalize('NFKC');
  if (JAPANESE_CHAR.test(normalized)) return 'ja';
  if (LATIN_WORD.test(normalized)) return 'en';
  return undefined;
}

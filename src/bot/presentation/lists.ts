/**
 * Lists as each language writes them: "A, B and C" / "A、B、C", "A or B" /
 * "A または B"; people by name, with the Japanese honorific on each.
 */
import type { Language } from '../../domain/model.js';
import { vocabulary } from './vocabulary.js';

export function joinList(items: readonly string[], language: Language, conjunction: 'and' | 'or' = 'and'): string {
  if (language === 'ja') return items.join(conjunction === 'or' ? ' または ' : '、');
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** "Alice Chen and Bob Kato" / "Alice Chen さん、Bob Kato さん"; nobody named reads "another person". */
export function peopleList(names: readonly string[] | undefined, language: Language, conjunction: 'and' | 'or' = 'and'): string {
  if (!names || names.length === 0) return vocabulary.for(language)('someone');
  return joinList(language === 'ja' ? names.map((n) => `${n} さん`) : names, language, conjunction);
}

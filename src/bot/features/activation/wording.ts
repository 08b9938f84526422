/**
 * Dates, times and lists of names as each language writes them. Times are
 * shown in UTC and say so: the bot does not know the reader's time zone.
 */
import type { Language } from '../../../domain/model.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(iso: string): { y: number; m: number; d: number; hm: string } | undefined {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return undefined;
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate(), hm: date.toISOString().slice(11, 16) };
}

export function formatDate(iso: string, language: Language): string {
  const p = parts(iso);
  if (!p) return iso;
  return language === 'ja' ? `${p.y}年${p.m}月${p.d}日` : `${p.d} ${MONTHS[p.m - 1]} ${p.y}`;
}

export function formatTime(iso: string, language: Language): string {
  const p = parts(iso);
  if (!p) return iso;
  return language === 'ja' ? `${formatDate(iso, language)} ${p.hm} (UTC)` : `${formatDate(iso, language)}, ${p.hm} UTC`;
}

/** "Alice Chen and Bob Kato" / "Alice Chen さん、Bob Kato さん". */
export function nameList(names: readonly string[], language: Language): string {
  if (language === 'ja') return names.map((n) => `${n} さん`).join('、');
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

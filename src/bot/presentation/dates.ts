/**
 * Dates and times, one format per language wherever people read them (chat,
 * cards, tickets, the tab): "2 Aug 2026" / "2026年8月2日". Times are shown in
 * UTC and say so: the bot does not know the reader's time zone.
 */
import type { Language } from '../../domain/model.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(iso: string): { y: number; m: number; d: number; hm: string } | undefined {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (iso === '' || Number.isNaN(date.getTime())) return undefined;
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate(), hm: date.toISOString().slice(11, 16) };
}

/** Days already formatted, per language: a company's answer formats each contract's dates again. */
const formattedDays = { en: new Map<string, string>(), ja: new Map<string, string>() };
const FORMATTED_DAYS_LIMIT = 5_000;

/** A yyyy-mm-dd date or an ISO timestamp as a day; anything unreadable is shown as it is. */
export function formatDate(iso: string | undefined, language: Language): string {
  const text = iso ?? '';
  // Only bare days repeat; timestamps differ every time and are formatted directly.
  const known = text.length === 10 ? formattedDays[language] : undefined;
  const cached = known?.get(text);
  if (cached !== undefined) return cached;
  const p = parts(text);
  const formatted = !p ? text : language === 'ja' ? `${p.y}年${p.m}月${p.d}日` : `${p.d} ${MONTHS[p.m - 1]} ${p.y}`;
  if (known) {
    if (known.size >= FORMATTED_DAYS_LIMIT) known.clear();
    known.set(text, formatted);
  }
  return formatted;
}

/** An ISO timestamp as day and UTC time: "2 Aug 2026, 09:30 UTC" / "2026年8月2日 09:30 (UTC)". */
export function formatTime(iso: string | undefined, language: Language): string {
  const p = parts(iso ?? '');
  if (!p) return iso ?? '';
  return language === 'ja' ? `${formatDate(iso, language)} ${p.hm} (UTC)` : `${formatDate(iso, language)}, ${p.hm} UTC`;
}

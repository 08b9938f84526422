/**
 * Business days between two instants, Monday to Friday (UTC). Public
 * holidays differ by country and are not counted out: a reminder may come a
 * day early around a holiday, never late.
 */
const DAY_MS = 86_400_000;

export function businessDaysBetween(from: Date, to: Date): number {
  if (to <= from) return 0;
  const start = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
  const end = Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate());
  let days = 0;
  // Whole days after the request's own day, up to and including today.
  for (let t = start + DAY_MS; t <= end; t += DAY_MS) {
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days++;
  }
  return days;
}

/** Whole calendar days from `today` (yyyy-mm-dd) to `date` (yyyy-mm-dd); negative when past. */
export function daysUntil(today: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}

/** The date (yyyy-mm-dd) `days` calendar days after `date` (negative: before). */
export function dateAfter(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

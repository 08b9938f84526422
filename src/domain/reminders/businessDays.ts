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

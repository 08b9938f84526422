/**
 * Calendar dates written yyyy-mm-dd, and arithmetic on them in UTC, so
 * results never depend on the host's time zone.
 */
const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function dayStart(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** A real calendar date written yyyy-mm-dd (2026-02-30 is not). */
export function isIsoDate(value: string): boolean {
  const ms = dayStart(value);
  return ISO_DATE.test(value) && !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === value;
}

export function assertIsoDate(value: string): void {
  if (!isIsoDate(value)) throw new RangeError(`expected an ISO date yyyy-mm-dd, got ${JSON.stringify(value)}`);
}

/**
 * The date `days` calendar days after `date` (negative: before). Takes what
 * Date.parse takes rather than asserting: a reminder scan must not stop at
 * one oddly stored date. Dates from outside are checked with assertIsoDate.
 */
export function dateAfter(date: string, days: number): string {
  const start = dayStart(date);
  if (Number.isNaN(start)) throw new RangeError(`expected an ISO date yyyy-mm-dd, got ${JSON.stringify(date)}`);
  return new Date(start + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole calendar days from `today` to `date`; negative when past. */
export function daysUntil(today: string, date: string): number {
  return Math.round((dayStart(date) - dayStart(today)) / DAY_MS);
}

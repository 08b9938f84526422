/** Calendar arithmetic on ISO dates (yyyy-mm-dd) in UTC, so results never depend on the host's time zone. */

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function assertIsoDate(value: string): void {
  if (!isoDate.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new RangeError(`expected an ISO date yyyy-mm-dd, got ${JSON.stringify(value)}`);
  }
}

/** The date `days` after `date` (negative: before). */
export function daysFrom(date: string, days: number): string {
  assertIsoDate(date);
  const ms = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

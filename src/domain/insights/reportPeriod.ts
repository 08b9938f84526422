/**
 * The periods reports cover: the weekly digest covers the previous ISO week
 * (Monday 00:00 UTC to Monday 00:00 UTC); on demand, the last 7 days.
 */
export interface ReportPeriod {
  /** Inclusive, ISO. */
  readonly from: string;
  /** Exclusive, ISO. */
  readonly to: string;
}

const DAY_MS = 86_400_000;

export function lastDays(now: Date, days: number): ReportPeriod {
  return { from: new Date(now.getTime() - days * DAY_MS).toISOString(), to: now.toISOString() };
}

/** Monday 00:00 UTC of the week `now` is in. */
export function weekStart(now: Date): Date {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const sinceMonday = (new Date(midnight).getUTCDay() + 6) % 7;
  return new Date(midnight - sinceMonday * DAY_MS);
}

export function previousWeek(now: Date): ReportPeriod {
  const end = weekStart(now);
  return { from: new Date(end.getTime() - 7 * DAY_MS).toISOString(), to: end.toISOString() };
}

/** "2026-W48": the ISO week a period starting on a Monday belongs to. */
export function isoWeekName(monday: Date): string {
  const thursday = new Date(monday.getTime() + 3 * DAY_MS);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - yearStart) / DAY_MS / 7) + 1;
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** A clock the test moves by hand: reminders, escalations and digests see only this time. */
import type { Clock } from '../../src/domain/clock.js';

export interface FakeClock extends Clock {
  set(iso: string): void;
  advanceMinutes(minutes: number): void;
  advanceDays(days: number): void;
}

export function fakeClock(startIso: string): FakeClock {
  let now = Date.parse(startIso);
  return {
    now: () => new Date(now),
    today: () => new Date(now).toISOString().slice(0, 10),
    set(iso) {
      now = Date.parse(iso);
    },
    advanceMinutes(minutes) {
      now += minutes * 60_000;
    },
    advanceDays(days) {
      now += days * 86_400_000;
    },
  };
}

/**
 * When an event marker may go: once its event can no longer come due (the
 * day after its keepUntil, with a day's margin for replicas whose clocks
 * differ) and once reports no longer count it (claimed before the retention
 * period). Until then it stays, because a missing marker re-sends its event.
 */
import type { EventMarker } from './eventMarker.js';

const DAY_MS = 86_400_000;

export interface MarkerExpiry {
  /** Markers kept until a day before this one (yyyy-mm-dd) can no longer come due. */
  readonly keptUntilBefore: string;
  /** Markers claimed before this instant (ISO) are past the reports' retention. */
  readonly claimedBefore: string;
}

export function markerExpiry(now: Date, retentionDays: number): MarkerExpiry {
  return {
    keptUntilBefore: new Date(now.getTime() - DAY_MS).toISOString().slice(0, 10),
    claimedBefore: new Date(now.getTime() - retentionDays * DAY_MS).toISOString(),
  };
}

export function isExpired(marker: Pick<EventMarker, 'keepUntil' | 'claimedAt'>, keptUntilBefore: string, claimedBefore: string): boolean {
  return marker.keepUntil !== undefined && marker.keepUntil < keptUntilBefore && marker.claimedAt < claimedBefore;
}

/** The keepUntil a losing claim leaves: the later day; none stays none. */
export function extendedKeep(stored: string | undefined, claimed: string | undefined): string | undefined {
  if (stored === undefined || claimed === undefined) return stored;
  return claimed > stored ? claimed : stored;
}

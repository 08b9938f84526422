/**
 * "This happened once" markers for messages the bot starts on its own:
 * reminders, ticket escalations, the weekly digest. Each event has a unique
 * idempotency key; whoever claims the key first is the only one who sends.
 *
 * Claim before send, which makes these messages at-most-once: the marker is
 * written (claimed) before the message goes out, then settled as sent or
 * undeliverable. A process that dies between claim and send leaves a claimed
 * marker and the message is not sent again — by it after a restart, or by
 * another replica sharing the store. We chose this over at-least-once because
 * a reminder repeated after every restart or by every replica is the failure
 * users notice and resent; a lost one is rare (the window is one send), is
 * visible as "claimed, never settled" in the digest, and the state it
 * reminds about is still shown whenever the person asks the bot. Once a
 * send is handed to the proactive messenger, its outbox retries delivery.
 *
 * A marker is needed while its event can still come due (its keepUntil day,
 * set by whoever claims it) and while reports may count it (the retention
 * period); after both it is removed (see markerRetention.ts). An escalation's
 * last day is not known when it is claimed: each scan that finds its ticket
 * still waiting moves it to that day. A marker without keepUntil (written
 * before markers expired) is kept.
 */
export type MarkerKind = 'reminder' | 'escalation' | 'digest';
export type MarkerState = 'claimed' | 'sent' | 'undeliverable';

export interface EventMarker {
  /** The idempotency key: one per event (and recipient). */
  readonly key: string;
  readonly kind: MarkerKind;
  readonly claimedAt: string;
  readonly state: MarkerState;
  readonly settledAt?: string;
  /** For reports: the company and person concerned, and what it was about (a reminder kind, a ticket id). */
  readonly tenantId?: string;
  readonly recipient?: string;
  readonly topic?: string;
  /** The last day (yyyy-mm-dd, UTC) the event can come due; absent: no such day is known. */
  readonly keepUntil?: string;
}

export interface EventMarkerRepository {
  /**
   * Stores the marker (state "claimed") unless one with its key exists.
   * True means this caller owns the event and may send it; false means
   * someone already did (or is doing it). Atomic across callers of one store.
   * A losing claim still moves the stored marker's keepUntil later when the
   * claimer's is later (the event came due again, e.g. its contract was
   * extended); a marker stored without keepUntil stays without it.
   */
  claim(marker: Omit<EventMarker, 'state' | 'settledAt'>): Promise<boolean>;
  /** Records how a claimed event ended; a settled marker stays as it is. */
  settle(key: string, state: Exclude<MarkerState, 'claimed'>, at: string): Promise<void>;
  find(key: string): Promise<EventMarker | undefined>;
  /** Markers of a kind claimed at or after `since` (ISO), oldest first. */
  listSince(kind: MarkerKind, since: string): Promise<EventMarker[]>;
  /**
   * Removes the markers whose keepUntil day is before `keptUntilBefore`
   * (yyyy-mm-dd) and that were claimed before `claimedBefore` (ISO);
   * returns how many. Markers without keepUntil are never removed.
   */
  purgeExpired(keptUntilBefore: string, claimedBefore: string): Promise<number>;
}

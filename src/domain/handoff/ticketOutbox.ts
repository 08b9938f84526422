/**
 * Bookkeeping for the side effects a ticket asks for. The bot calls these
 * only after the side effect succeeded, so a ticket never claims a card or a
 * message that was not sent; what is still pending is retried later.
 */
import { isCardPosted, type DeliveryState, type Ticket, type TicketEvent } from './ticket.js';

/** How long a failing delivery is retried before the bot gives up on it. */
export interface DeliveryLimits {
  readonly maxAttempts: number;
  readonly maxAgeMs: number;
}

/**
 * The connector accepted the card. With an id, later changes replace it; with
 * none (a 2xx without id), the card is still delivered, and the previous id,
 * if any, is kept for the thread.
 */
export function cardPosted(ticket: Ticket, activityId: string | undefined, shownRevision: number): Ticket {
  return {
    ...ticket,
    card: { activityId: activityId ?? ticket.card.activityId, posted: true, shownRevision: Math.max(shownRevision, ticket.card.shownRevision) },
  };
}

export function cardShown(ticket: Ticket, shownRevision: number): Ticket | undefined {
  if (!isCardPosted(ticket) || shownRevision <= ticket.card.shownRevision) return undefined;
  return { ...ticket, card: { ...ticket.card, shownRevision } };
}

export function eventDelivered(ticket: Ticket, seq: number, delivery: Exclude<DeliveryState, 'pending'>): Ticket | undefined {
  const event = ticket.events.find((e) => e.seq === seq);
  if (!event || event.delivery !== 'pending') return undefined;
  return { ...ticket, events: ticket.events.map((e) => (e.seq === seq ? { ...e, delivery } : e)) };
}

/** Deliveries still to do, oldest first (so a conversation arrives in order). */
export function pendingEvents(ticket: Ticket): TicketEvent[] {
  return ticket.events.filter((e) => e.delivery === 'pending');
}

/**
 * Counts a failed delivery run. A permanent failure (one no retry can fix,
 * such as a card that cannot be built) or one past the limits is given up.
 */
export function deliveryFailed(ticket: Ticket, at: string, lastError: string, limits: DeliveryLimits, permanent = false): Ticket {
  const previous = ticket.deliveryTrouble;
  const failures = (previous?.failures ?? 0) + 1;
  const since = previous?.since ?? at;
  const tooOld = Date.parse(at) - Date.parse(since) >= limits.maxAgeMs;
  const gaveUp = previous?.gaveUpAt ?? (permanent || failures >= limits.maxAttempts || tooOld ? at : undefined);
  return { ...ticket, deliveryTrouble: { failures, since, lastError, ...(gaveUp ? { gaveUpAt: gaveUp } : {}) } };
}

/** A run went through: the trouble is over. */
export function deliveryRecovered(ticket: Ticket): Ticket | undefined {
  if (!ticket.deliveryTrouble) return undefined;
  const next: Ticket = { ...ticket };
  delete (next as { deliveryTrouble?: unknown }).deliveryTrouble;
  return next;
}

/** The helpdesk asked for another try (e.g. by registering the channel again). */
export const rearmDelivery = deliveryRecovered;

/**
 * Bookkeeping for the side effects a ticket asks for. The bot calls these
 * only after the side effect succeeded, so a ticket never claims a card or a
 * message that was not sent; what is still pending is retried later.
 */
import type { DeliveryState, Ticket, TicketEvent } from './ticket.js';

export function cardPosted(ticket: Ticket, activityId: string, shownRevision: number): Ticket {
  return { ...ticket, card: { activityId, shownRevision: Math.max(shownRevision, ticket.card.shownRevision) } };
}

export function cardShown(ticket: Ticket, shownRevision: number): Ticket | undefined {
  if (ticket.card.activityId === undefined || shownRevision <= ticket.card.shownRevision) return undefined;
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

/**
 * What the lowdb ticket store keeps in memory about every ticket: enough to
 * list a requester's tickets, find the outbox's work and match a thread reply
 * to its ticket without opening every file on each question.
 */
import { hasPendingDelivery, needsCardWork, type Ticket, type TicketStatus } from '../../domain/handoff/ticket.js';

export interface TicketIndexEntry {
  readonly id: string;
  readonly number: number;
  readonly requesterKey: string;
  readonly pendingWork: boolean;
  readonly status: TicketStatus;
  readonly updatedAt: string;
  readonly cardActivityId?: string;
}

export function requesterKey(tenantId: string, aadObjectId: string): string {
  return JSON.stringify([tenantId, aadObjectId]);
}

export function indexEntryOf(ticket: Ticket): TicketIndexEntry {
  return {
    id: ticket.id,
    number: ticket.number,
    requesterKey: requesterKey(ticket.requester.tenantId, ticket.requester.aadObjectId),
    pendingWork: needsCardWork(ticket) || hasPendingDelivery(ticket),
    status: ticket.status,
    updatedAt: ticket.updatedAt,
    ...(ticket.card.activityId ? { cardActivityId: ticket.card.activityId } : {}),
  };
}

export class TicketIndex {
  readonly #entries = new Map<string, TicketIndexEntry>();

  put(ticket: Ticket): void {
    this.#entries.set(ticket.id, indexEntryOf(ticket));
  }

  /** Ids of matching tickets, in number order. */
  ids(predicate: (entry: TicketIndexEntry) => boolean): string[] {
    return [...this.#entries.values()]
      .filter(predicate)
      .sort((a, b) => a.number - b.number)
      .map((e) => e.id);
  }
}

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
  // Asked on every personal-chat message (is a hand-off relaying?) and every helpdesk thread reply:
  // looked up by key, not by scanning every ticket the helpdesk ever had.
  readonly #byRequester = new Map<string, Set<string>>();
  readonly #byCardActivity = new Map<string, string>();

  put(ticket: Ticket): void {
    const entry = indexEntryOf(ticket);
    const previous = this.#entries.get(entry.id);
    if (previous?.cardActivityId !== undefined && previous.cardActivityId !== entry.cardActivityId) this.#byCardActivity.delete(previous.cardActivityId);
    if (previous && previous.requesterKey !== entry.requesterKey) this.#byRequester.get(previous.requesterKey)?.delete(entry.id);
    this.#entries.set(entry.id, entry);
    let ids = this.#byRequester.get(entry.requesterKey);
    if (!ids) this.#byRequester.set(entry.requesterKey, (ids = new Set()));
    ids.add(entry.id);
    if (entry.cardActivityId !== undefined) this.#byCardActivity.set(entry.cardActivityId, entry.id);
  }

  /** Ids of matching tickets, in number order. */
  ids(predicate: (entry: TicketIndexEntry) => boolean): string[] {
    return inNumberOrder([...this.#entries.values()].filter(predicate));
  }

  /** Ids of one requester's tickets, in number order. */
  idsOfRequester(key: string): string[] {
    const ids = this.#byRequester.get(key);
    return ids ? inNumberOrder([...ids].map((id) => this.#entries.get(id)!)) : [];
  }

  /** The ticket whose helpdesk card is this activity. */
  idOfCardActivity(activityId: string): string | undefined {
    return this.#byCardActivity.get(activityId);
  }
}

function inNumberOrder(entries: TicketIndexEntry[]): string[] {
  return entries.sort((a, b) => a.number - b.number).map((e) => e.id);
}

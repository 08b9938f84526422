/**
 * Where tickets live. One ticket is the unit of a write and of locking, so
 * two agents acting on different tickets never wait for each other, and
 * numbers are handed out one by one even when tickets open at the same time.
 */
import type { NewTicket, Ticket } from './ticket.js';

/** What an update function returns: no `next` means "leave the ticket as it is". */
export interface TicketUpdate<T> {
  readonly result: T;
  readonly next?: Ticket;
}

export interface TicketRepository {
  /** Gives the ticket the next sequential number and id, stores it, returns it. */
  create(ticket: NewTicket): Promise<Ticket>;
  find(id: string): Promise<Ticket | undefined>;
  /**
   * Runs `change` on the current ticket under that ticket's lock and stores
   * `next` if given. Undefined when there is no such ticket.
   */
  update<T>(id: string, change: (current: Ticket) => TicketUpdate<T>): Promise<T | undefined>;
  /** A requester's tickets, oldest first. */
  listByRequester(tenantId: string, aadObjectId: string): Promise<Ticket[]>;
  /** Tickets whose card or deliveries still need doing (the outbox's work list). */
  listWithPendingWork(): Promise<Ticket[]>;
  /** Tickets nobody has claimed yet (status "open"), oldest first: the escalation scan's work list. */
  listUnclaimed(): Promise<Ticket[]>;
  /** Tickets changed at or after `since` (ISO), oldest first: what a period's report counts. */
  listUpdatedSince(since: string): Promise<Ticket[]>;
  /** The ticket whose channel card has this activity id (a reply in its thread). */
  findByCardActivityId(activityId: string): Promise<Ticket | undefined>;
}

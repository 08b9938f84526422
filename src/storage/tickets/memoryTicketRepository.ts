/**
 * Tickets in memory for unit tests: the same semantics as the lowdb files
 * (copies in and out, sequential numbers, per-ticket updates), no disk.
 */
import { FIRST_TICKET_NUMBER, ticketIdOf } from '../../domain/handoff/ticketId.js';
import { hasPendingDelivery, needsCardWork, type NewTicket, type Ticket } from '../../domain/handoff/ticket.js';
import type { TicketRepository, TicketUpdate } from '../../domain/handoff/ticketRepository.js';
import { copyOf } from '../companyData.js';
import { StoreClosedError } from '../storageErrors.js';

export class MemoryTicketRepository implements TicketRepository {
  readonly #tickets = new Map<string, Ticket>();
  #next = FIRST_TICKET_NUMBER;

  constructor(private readonly isClosed: () => boolean) {}

  async create(ticket: NewTicket): Promise<Ticket> {
    this.#assertOpen();
    const number = this.#next++;
    const stored: Ticket = { ...copyOf(ticket), id: ticketIdOf(number), number };
    this.#tickets.set(stored.id, stored);
    return copyOf(stored);
  }

  async find(id: string): Promise<Ticket | undefined> {
    this.#assertOpen();
    const ticket = this.#tickets.get(id);
    return ticket && copyOf(ticket);
  }

  // Synchronous from read to store, so updates of one ticket cannot interleave.
  async update<T>(id: string, change: (current: Ticket) => TicketUpdate<T>): Promise<T | undefined> {
    this.#assertOpen();
    const current = this.#tickets.get(id);
    if (!current) return undefined;
    const { result, next } = change(copyOf(current));
    if (next) this.#tickets.set(id, { ...copyOf(next), id: current.id, number: current.number });
    return result;
  }

  async listByRequester(tenantId: string, aadObjectId: string): Promise<Ticket[]> {
    this.#assertOpen();
    return this.#sorted().filter((t) => t.requester.tenantId === tenantId && t.requester.aadObjectId === aadObjectId);
  }

  async listWithPendingWork(): Promise<Ticket[]> {
    this.#assertOpen();
    return this.#sorted().filter((t) => needsCardWork(t) || hasPendingDelivery(t));
  }

  async listUnclaimed(): Promise<Ticket[]> {
    this.#assertOpen();
    return this.#sorted().filter((t) => t.status === 'open');
  }

  async listUpdatedSince(since: string): Promise<Ticket[]> {
    this.#assertOpen();
    return this.#sorted().filter((t) => t.updatedAt >= since);
  }

  async findByCardActivityId(activityId: string): Promise<Ticket | undefined> {
    this.#assertOpen();
    return this.#sorted().find((t) => t.card.activityId === activityId);
  }

  #sorted(): Ticket[] {
    return [...this.#tickets.values()].sort((a, b) => a.number - b.number).map((t) => copyOf(t));
  }

  #assertOpen(): void {
    if (this.isClosed()) throw new StoreClosedError();
  }
}

/**
 * Tickets: numbers from a sequence (never shared, whichever replica opens
 * the ticket), updates under the row's lock (SELECT … FOR UPDATE), and the
 * columns the lists need kept beside the ticket document.
 */
import { hasPendingDelivery, needsCardWork, type NewTicket, type Ticket } from '../../domain/handoff/ticket.js';
import { isTicketId, ticketIdOf } from '../../domain/handoff/ticketId.js';
import type { TicketRepository, TicketUpdate } from '../../domain/handoff/ticketRepository.js';
import { type PgDatabase, jsonParam } from './pgDatabase.js';

function columnsOf(ticket: Ticket): unknown[] {
  return [ticket.id, ticket.number, ticket.requester.tenantId, ticket.requester.aadObjectId, ticket.card.activityId ?? null, needsCardWork(ticket) || hasPendingDelivery(ticket), jsonParam(ticket), ticket.status, ticket.updatedAt];
}

export class PgTicketRepository implements TicketRepository {
  constructor(private readonly db: PgDatabase) {}

  async create(ticket: NewTicket): Promise<Ticket> {
    const [next] = await this.db.rows<{ number: string }>("SELECT nextval('ticket_numbers') AS number");
    const number = Number(next!.number);
    const stored: Ticket = { ...structuredClone(ticket), id: ticketIdOf(number), number };
    await this.db.rows(
      `INSERT INTO tickets (id, number, requester_tenant_id, requester_aad_object_id, card_activity_id, pending_work, ticket, status, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      columnsOf(stored),
    );
    return structuredClone(stored);
  }

  async find(id: string): Promise<Ticket | undefined> {
    this.db.assertOpen();
    if (!isTicketId(id)) return undefined;
    const [row] = await this.db.rows<{ ticket: Ticket }>('SELECT ticket FROM tickets WHERE id = $1', [id]);
    return row?.ticket;
  }

  async update<T>(id: string, change: (current: Ticket) => TicketUpdate<T>): Promise<T | undefined> {
    this.db.assertOpen();
    if (!isTicketId(id)) return undefined;
    return this.db.transaction(async (client) => {
      const { rows } = await client.query<{ ticket: Ticket }>('SELECT ticket FROM tickets WHERE id = $1 FOR UPDATE', [id]);
      const current = rows[0]?.ticket;
      if (!current) return undefined;
      const { result, next } = change(structuredClone(current));
      if (!next) return result;
      const stored: Ticket = { ...structuredClone(next), id: current.id, number: current.number };
      await client.query(
        'UPDATE tickets SET requester_tenant_id = $3, requester_aad_object_id = $4, card_activity_id = $5, pending_work = $6, ticket = $7, status = $8, updated_at = $9 WHERE id = $1 AND number = $2',
        columnsOf(stored),
      );
      return result;
    });
  }

  async listByRequester(tenantId: string, aadObjectId: string): Promise<Ticket[]> {
    const rows = await this.db.rows<{ ticket: Ticket }>('SELECT ticket FROM tickets WHERE requester_tenant_id = $1 AND requester_aad_object_id = $2 ORDER BY number', [tenantId, aadObjectId]);
    return rows.map((r) => r.ticket);
  }

  async listWithPendingWork(): Promise<Ticket[]> {
    return (await this.db.rows<{ ticket: Ticket }>('SELECT ticket FROM tickets WHERE pending_work ORDER BY number')).map((r) => r.ticket);
  }

  async listUnclaimed(): Promise<Ticket[]> {
    return (await this.db.rows<{ ticket: Ticket }>("SELECT ticket FROM tickets WHERE status = 'open' ORDER BY number")).map((r) => r.ticket);
  }

  async listUpdatedSince(since: string): Promise<Ticket[]> {
    return (await this.db.rows<{ ticket: Ticket }>('SELECT ticket FROM tickets WHERE updated_at >= $1 ORDER BY number', [since])).map((r) => r.ticket);
  }

  async findByCardActivityId(activityId: string): Promise<Ticket | undefined> {
    const [row] = await this.db.rows<{ ticket: Ticket }>('SELECT ticket FROM tickets WHERE card_activity_id = $1 ORDER BY number LIMIT 1', [activityId]);
    return row?.ticket;
  }
}

/**
 * The shape of one ticket file, checked on load: a damaged or foreign file is
 * reported (CorruptStoreFileError), never silently replaced.
 */
import type { Ticket } from '../../domain/handoff/ticket.js';

export interface TicketFile {
  readonly version: 1;
  readonly ticket: Ticket;
}

const STATUSES = new Set(['open', 'assigned', 'resolved', 'withdrawn']);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function ticketFileProblem(value: unknown, expectedId: string): string | undefined {
  if (!isObject(value)) return 'not a JSON object';
  if (value.version !== 1) return `unsupported version ${JSON.stringify(value.version)}`;
  const ticket = value.ticket;
  if (!isObject(ticket)) return 'ticket is not an object';
  if (ticket.id !== expectedId) return `holds ticket ${JSON.stringify(ticket.id)}, expected ${expectedId}`;
  if (typeof ticket.number !== 'number' || !Number.isInteger(ticket.number)) return 'number is not an integer';
  if (typeof ticket.status !== 'string' || !STATUSES.has(ticket.status)) return 'unknown status';
  if (!isObject(ticket.requester) || typeof ticket.requester.tenantId !== 'string' || typeof ticket.requester.aadObjectId !== 'string') return 'requester is malformed';
  if (!isObject(ticket.card) || typeof ticket.card.shownRevision !== 'number') return 'card state is malformed';
  if (!Array.isArray(ticket.events) || !Array.isArray(ticket.appliedKeys)) return 'events or appliedKeys is not a list';
  if (typeof ticket.revision !== 'number') return 'revision is not a number';
  return undefined;
}

/**
 * Ticket ids people can read out on a call: "PS-1001", "PS-1002"… They also
 * name files, and they arrive in card data from the network, so anything
 * that is not exactly this shape is rejected before it is used.
 */
export const FIRST_TICKET_NUMBER = 1001;
const TICKET_ID = /^PS-(\d{4,9})$/;

export function ticketIdOf(number: number): string {
  return `PS-${number}`;
}

/** The ticket number, or undefined when `value` is not a well-formed ticket id. */
export function parseTicketId(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = TICKET_ID.exec(value.trim().toUpperCase());
  if (!match) return undefined;
  const number = Number(match[1]);
  return number >= FIRST_TICKET_NUMBER ? number : undefined;
}

export function isTicketId(value: unknown): value is string {
  return typeof value === 'string' && TICKET_ID.test(value) && parseTicketId(value) !== undefined;
}

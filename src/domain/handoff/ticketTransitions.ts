/**
 * The ticket life cycle as data: which action is allowed from which status,
 * and where it leads. open → assigned → resolved; resolved → assigned
 * (reopen by an agent) or open (reopen by the requester); open or assigned
 * → withdrawn by the requester; a resolved ticket can be rated.
 */
import type { TicketStatus } from './ticket.js';

export type TicketAction = 'assign' | 'reply' | 'userMessage' | 'resolve' | 'reopen' | 'withdraw' | 'rate' | 'requesterReopen';

interface Transition {
  readonly from: readonly TicketStatus[];
  /** Undefined: the status does not change. */
  readonly to?: TicketStatus;
}

export const TRANSITIONS: Readonly<Record<TicketAction, Transition>> = {
  assign: { from: ['open', 'assigned'], to: 'assigned' },
  // Answering an open ticket takes it: the requester then talks to that agent.
  reply: { from: ['open', 'assigned'], to: 'assigned' },
  userMessage: { from: ['open', 'assigned'] },
  resolve: { from: ['open', 'assigned'], to: 'resolved' },
  reopen: { from: ['resolved'], to: 'assigned' },
  withdraw: { from: ['open', 'assigned'], to: 'withdrawn' },
  // After a resolve the requester rates the help, or reopens instead: back in the queue, unclaimed.
  rate: { from: ['resolved'] },
  requesterReopen: { from: ['resolved'], to: 'open' },
};

export function isAllowed(action: TicketAction, status: TicketStatus): boolean {
  return TRANSITIONS[action].from.includes(status);
}

export function statusAfter(action: TicketAction, status: TicketStatus): TicketStatus {
  return TRANSITIONS[action].to ?? status;
}

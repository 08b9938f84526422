/**
 * Applies an action to a ticket and says what happened, with no I/O: the
 * caller stores the result (under the ticket's lock) and its outbox carries
 * out the deliveries the new events ask for. Roles come from the directory
 * (a Person), never from card data; a replayed action changes nothing.
 */
import type { Person } from '../model.js';
import type { Ticket, TicketEvent, TicketEventKind, TicketParty, EventRecipient } from './ticket.js';
import { isAllowed, statusAfter, type TicketAction } from './ticketTransitions.js';

export type TicketCommand =
  | { readonly action: 'assign' | 'resolve' | 'reopen'; readonly agent: Person }
  | { readonly action: 'reply'; readonly agent: Person; readonly text: string }
  // The requester by their Teams identity: someone not in the directory has tickets too.
  | { readonly action: 'userMessage'; readonly requester: TicketParty; readonly text: string }
  | { readonly action: 'withdraw' | 'requesterReopen'; readonly requester: TicketParty }
  | { readonly action: 'rate'; readonly requester: TicketParty; readonly score: number; readonly comment?: string };

export type RefusalReason = 'notAgent' | 'notRequester' | 'notAllowedNow' | 'emptyText' | 'badScore';

export type TicketOutcome =
  | { readonly kind: 'changed'; readonly ticket: Ticket }
  /** Already done (a replay, or "assign to me" when it is yours): nothing changes. */
  | { readonly kind: 'unchanged'; readonly ticket: Ticket }
  | { readonly kind: 'refused'; readonly ticket: Ticket; readonly reason: RefusalReason };

const KEPT_KEYS = 100;
const MAX_TEXT = 4000;

const EVENT_OF: Readonly<Record<TicketAction, { kind: TicketEventKind; to: EventRecipient }>> = {
  assign: { kind: 'assigned', to: 'requester' },
  reply: { kind: 'agentReply', to: 'requester' },
  userMessage: { kind: 'userMessage', to: 'thread' },
  resolve: { kind: 'resolved', to: 'requester' },
  reopen: { kind: 'reopened', to: 'requester' },
  withdraw: { kind: 'withdrawn', to: 'thread' },
  rate: { kind: 'rated', to: 'thread' },
  requesterReopen: { kind: 'reopened', to: 'thread' },
};

const MAX_COMMENT = 1000;

function partyOf(person: Person): TicketParty {
  return { tenantId: person.tenantId, aadObjectId: person.aadObjectId, name: person.name };
}

function refusal(ticket: Ticket, command: TicketCommand): RefusalReason | undefined {
  if ('agent' in command && !command.agent.roles.includes('helpdeskAgent')) return 'notAgent';
  if ('requester' in command) {
    const { requester } = ticket;
    if (command.requester.tenantId !== requester.tenantId || command.requester.aadObjectId !== requester.aadObjectId) return 'notRequester';
  }
  if ('text' in command && command.text.trim() === '') return 'emptyText';
  if (command.action === 'rate' && !(Number.isInteger(command.score) && command.score >= 1 && command.score <= 5)) return 'badScore';
  if (!isAllowed(command.action, ticket.status)) return 'notAllowedNow';
  return undefined;
}

/** True when the action would change nothing an agent or requester cares about. */
function alreadyDone(ticket: Ticket, command: TicketCommand): boolean {
  return command.action === 'assign' && ticket.status === 'assigned' && ticket.assignee?.aadObjectId === command.agent.aadObjectId && ticket.assignee.tenantId === command.agent.tenantId;
}

function withoutAssignee(ticket: Ticket): Ticket {
  const copy: { -readonly [K in keyof Ticket]: Ticket[K] } = { ...ticket };
  delete copy.assignee;
  return copy;
}

function cleanComment(comment: string | undefined): string {
  return (comment ?? '').trim().slice(0, MAX_COMMENT);
}

function ratingOf(score: number, comment: string | undefined, at: string): { score: number; comment?: string; at: string } {
  const text = cleanComment(comment);
  return { score, ...(text ? { comment: text } : {}), at };
}

/** What the agents read in the ticket's thread: "4/5" and the comment, if any. */
function ratingText(score: number, comment: string | undefined): string {
  const text = cleanComment(comment);
  return text ? `${score}/5 — ${text}` : `${score}/5`;
}

export class TicketService {
  /**
   * `key` identifies this action instance (card revision, actor, verb, text):
   * the same key applied twice is a replay.
   */
  apply(ticket: Ticket, command: TicketCommand, key: string, at: string): TicketOutcome {
    if (ticket.appliedKeys.includes(key)) return { kind: 'unchanged', ticket };
    const reason = refusal(ticket, command);
    if (reason) return { kind: 'refused', ticket, reason };
    if (alreadyDone(ticket, command)) return { kind: 'unchanged', ticket };

    const actor = 'agent' in command ? command.agent : command.requester;
    const { kind, to } = EVENT_OF[command.action];
    const delivery = ticket.mode === 'event' && to === 'thread' ? 'sent' : 'pending';
    const event: TicketEvent = {
      seq: ticket.events.length + 1,
      kind,
      at,
      by: actor.name,
      ...('text' in command ? { text: command.text.trim().slice(0, MAX_TEXT) } : {}),
      ...(command.action === 'rate' ? { text: ratingText(command.score, command.comment) } : {}),
      to,
      delivery,
    };
    const assignee = command.action === 'assign' || command.action === 'reopen' || (command.action === 'reply' && ticket.status === 'open') ? partyOf(command.agent) : ticket.assignee;
    const next: Ticket = {
      // Reopened by the requester, the ticket is back in the queue for any agent to claim.
      ...(command.action === 'requesterReopen' ? withoutAssignee(ticket) : ticket),
      status: statusAfter(command.action, ticket.status),
      ...(assignee && command.action !== 'requesterReopen' ? { assignee } : {}),
      ...(command.action === 'rate' ? { rating: ratingOf(command.score, command.comment, at) } : {}),
      // Being picked up or reopened brings the requester back into the conversation with a person.
      relayActive: command.action === 'assign' || command.action === 'reopen' || command.action === 'requesterReopen' ? true : ticket.relayActive,
      updatedAt: at,
      revision: ticket.revision + 1,
      events: [...ticket.events, event],
      appliedKeys: [...ticket.appliedKeys, key].slice(-KEPT_KEYS),
    };
    return { kind: 'changed', ticket: next };
  }

  /** "Back to the bot" / "talk to a person" again: only the requester's own relay switch. */
  setRelay(ticket: Ticket, active: boolean): Ticket | undefined {
    return ticket.relayActive === active ? undefined : { ...ticket, relayActive: active };
  }
}

/**
 * A helpdesk ticket: what the requester asked, who they are, what the bot
 * knew, and everything that happened since. Side effects (the channel card,
 * messages to the requester or the ticket's thread) are recorded here as
 * pending work, so a crash or an outage never loses one: the bot's outbox
 * carries them out and marks them done.
 */
import type { BenefitKind, CloudPackage, Language, Offer, Role } from '../model.js';
import type { StoredReference } from '../repositories.js';

export type TicketStatus = 'open' | 'assigned' | 'resolved' | 'withdrawn';
export type TicketSeverity = 'normal' | 'urgent';
/** channel: the helpdesk team's channel; event: an external engagement hub (handoff.initiate). */
export type TicketMode = 'channel' | 'event';

export interface TicketParty {
  readonly tenantId: string;
  readonly aadObjectId: string;
  readonly name: string;
}

export interface TicketRequester extends TicketParty {
  /** '' when the requester is not in the directory. */
  readonly companyName: string;
  /** Language of the requester's chat: notices to them use it. */
  readonly language: Language;
  /**
   * True when the requester was not in the partner directory: who they are
   * comes from Teams alone, and no company, role or contract was verified.
   * Agents must see that before trusting anything the requester says.
   */
  readonly notInDirectory?: boolean;
}

export interface TranscriptEntry {
  readonly from: 'user' | 'bot';
  readonly text: string;
  readonly at: string;
}

export interface ContractSnapshot {
  readonly benefit: BenefitKind;
  readonly cloudPackage?: CloudPackage;
  readonly accessId: string;
  readonly contractId: string;
  readonly incidentsRemaining: number | null;
  readonly endDate: string;
}

/** What the bot knew when the ticket opened; IDs already masked. */
export interface ContextSnapshot {
  readonly roles: readonly Role[];
  readonly offers: readonly Offer[];
  readonly contracts: readonly ContractSnapshot[];
}

export type TicketEventKind = 'created' | 'assigned' | 'agentReply' | 'userMessage' | 'resolved' | 'reopened' | 'withdrawn' | 'rated';

/** The requester's satisfaction after a resolve: 1 (poor) to 5 (excellent). */
export interface TicketRating {
  readonly score: number;
  readonly comment?: string;
  readonly at: string;
}

/** Who must hear about an event: nobody, the requester's chat, or the ticket's channel thread. */
export type EventRecipient = 'none' | 'requester' | 'thread';
export type DeliveryState = 'pending' | 'sent' | 'unreachable';

export interface TicketEvent {
  readonly seq: number;
  readonly kind: TicketEventKind;
  readonly at: string;
  readonly by: string;
  readonly text?: string;
  readonly to: EventRecipient;
  readonly delivery: DeliveryState;
}

export interface CardState {
  /** The posted card's id, when the connector returned one (updates replace it in place). */
  readonly activityId?: string;
  /**
   * True once the connector accepted a post (any 2xx), even without an id:
   * accepted is delivered and never posted again. Without an id, later
   * changes go out as new messages.
   */
  readonly posted?: boolean;
  /** The ticket revision the posted card shows; behind `revision` means the card needs an update. */
  readonly shownRevision: number;
}

/** Deliveries of this ticket that keep failing; cleared by the next success. */
export interface DeliveryTrouble {
  readonly failures: number;
  readonly since: string;
  /** A status code or error code, never message text. */
  readonly lastError: string;
  /** Set when the bot stopped retrying; the helpdesk sees it and can re-arm it. */
  readonly gaveUpAt?: string;
}

export interface Ticket {
  readonly id: string;
  readonly number: number;
  readonly mode: TicketMode;
  readonly requester: TicketRequester;
  readonly topic: string;
  readonly question: string;
  readonly transcript: readonly TranscriptEntry[];
  /** Absent when the requester is not in the directory: the bot knew nothing about their company. */
  readonly snapshot?: ContextSnapshot;
  readonly severity: TicketSeverity;
  readonly status: TicketStatus;
  readonly assignee?: TicketParty;
  /** False after the requester said "back to the bot": their messages stay with the bot. */
  readonly relayActive: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Bumped on every change an agent should see on the card. */
  readonly revision: number;
  readonly card: CardState;
  readonly events: readonly TicketEvent[];
  /** Set when the requester rated the help they got (the latest rating counts). */
  readonly rating?: TicketRating;
  /** Keys of actions already applied (most recent last): a replay changes nothing. */
  readonly appliedKeys: readonly string[];
  readonly deliveryTrouble?: DeliveryTrouble;
  /**
   * The 1:1 conversation of a requester not in the directory: kept on the
   * ticket so the helpdesk's answers reach them without the bot storing a
   * company for a tenant it does not know. Known users' are in the directory.
   */
  readonly requesterReference?: StoredReference;
}

/** What a caller supplies; the repository adds id and number. */
export type NewTicket = Omit<Ticket, 'id' | 'number'>;

/** Open and assigned tickets are "active": at most one per requester is useful. */
export function isActive(ticket: Ticket): boolean {
  return ticket.status === 'open' || ticket.status === 'assigned';
}

export function needsCardWork(ticket: Ticket): boolean {
  return ticket.mode === 'channel' && (!isCardPosted(ticket) || ticket.card.shownRevision < ticket.revision);
}

export function isCardPosted(ticket: Ticket): boolean {
  return ticket.card.posted === true || ticket.card.activityId !== undefined;
}

/** The bot stopped retrying this ticket's deliveries (dead letter). */
export function deliveryGivenUp(ticket: Ticket): boolean {
  return ticket.deliveryTrouble?.gaveUpAt !== undefined;
}

export function hasPendingDelivery(ticket: Ticket): boolean {
  return ticket.events.some((e) => e.delivery === 'pending');
}

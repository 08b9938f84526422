/**
 * Carries out what a ticket still needs: its channel card posted (or brought
 * up to date) and its pending messages delivered, in order. Each success is
 * recorded on the ticket right after it happens; a failure leaves the work
 * flagged for the next run, so nothing is lost and nothing is sent twice by
 * two runs at once: runs are serialised per ticket in this process, and a
 * ticket another replica is delivering is left to it (a lock shared through
 * the store; the worker loop comes back for anything it left).
 */
import { deliveryGivenUp, isCardPosted, type Ticket } from '../../../domain/handoff/ticket.js';
import { cardPosted, cardShown, deliveryFailed, deliveryRecovered, eventDelivered, pendingEvents } from '../../../domain/handoff/ticketOutbox.js';
import type { HandoffDeps } from './handoffServices.js';
import { CardTemplateError } from '../../cards/cardRenderer.js';
import { deliveryLimits } from '../../delivery/deliveryLimits.js';
import { statusOf } from '../../delivery/retryPolicy.js';
import { channelLanguage, threadReference } from './helpdeskChannel.js';
import { ticketCardReply } from './ticketCard.js';
import { requesterNotice, threadPost } from './ticketNotices.js';

export class TicketCourier {
  readonly #running = new Map<string, Promise<void>>();

  constructor(private readonly services: HandoffDeps) {}

  /** Does the ticket's pending work; resolves when done or when it failed (logged, left for later). */
  deliver(ticketId: string): Promise<void> {
    const previous = this.#running.get(ticketId) ?? Promise.resolve();
    const run = previous.then(() => this.#deliverClaimed(ticketId));
    this.#running.set(ticketId, run);
    void run.then(() => {
      if (this.#running.get(ticketId) === run) this.#running.delete(ticketId);
    });
    return run;
  }

  /** Resolves when every delivery started so far has finished (shutdown). */
  async idle(): Promise<void> {
    while (this.#running.size > 0) await Promise.all(this.#running.values());
  }

  async #deliverClaimed(ticketId: string): Promise<void> {
    try {
      await this.services.repos.locks.tryRun(`ticket:${ticketId}`, () => this.#deliverNow(ticketId));
    } catch (error) {
      this.services.logger.warn({ err: error, ticket: ticketId }, 'ticket delivery could not start; will retry');
    }
  }

  async #deliverNow(ticketId: string): Promise<void> {
    const ticket = await this.services.repos.tickets.find(ticketId);
    if (!ticket || deliveryGivenUp(ticket)) return;
    try {
      await this.#syncCard(ticketId);
      await this.#sendPending(ticketId);
    } catch (error) {
      await this.#failed(ticketId, error);
      return;
    }
    if (ticket.deliveryTrouble) await this.services.repos.tickets.update(ticketId, (current) => ({ result: undefined, next: deliveryRecovered(current) }));
  }

  /** Counts the failure on the ticket; logs codes only (errors may quote what users typed). */
  async #failed(ticketId: string, error: unknown): Promise<void> {
    const { repos, logger, clock, config } = this.services;
    // A card that cannot be built fails the same way every time: a bug to fix, not to retry.
    const permanent = error instanceof CardTemplateError;
    const code = permanent ? `card ${error.card}` : String(statusOf(error) ?? (error as { code?: unknown }).code ?? 'error');
    const updated = await repos.tickets.update(ticketId, (current) => {
      const next = deliveryFailed(current, clock.now().toISOString(), code, deliveryLimits(config), permanent);
      return { result: next, next };
    });
    const trouble = updated?.deliveryTrouble;
    if (trouble?.gaveUpAt) logger.error({ ticket: ticketId, failures: trouble.failures, lastError: code }, 'ticket delivery given up; listed for the helpdesk');
    else logger.warn({ ticket: ticketId, failures: trouble?.failures, lastError: code }, 'ticket delivery failed; will retry');
  }

  async #syncCard(ticketId: string): Promise<void> {
    const { repos, proactive } = this.services;
    const ticket = await repos.tickets.find(ticketId);
    if (!ticket || ticket.mode !== 'channel') return;
    const channel = await repos.conversationReferences.findHelpdeskChannel();
    if (!channel) return; // posted once a helpdesk agent registers the channel
    const reply = ticketCardReply(ticket, channelLanguage(channel), this.services.program);
    const posted = isCardPosted(ticket);
    if (posted && ticket.card.shownRevision >= ticket.revision) return;
    if (posted && ticket.card.activityId !== undefined) {
      await proactive.update(channel, ticket.card.activityId, reply);
      await repos.tickets.update(ticketId, (current) => ({ result: undefined, next: cardShown(current, ticket.revision) }));
      return;
    }
    // Never posted, or posted without an id to update: a new message (any 2xx counts as delivered).
    const [activityId] = await proactive.sendTo(channel, [reply]);
    await repos.tickets.update(ticketId, (current) => ({ result: undefined, next: cardPosted(current, activityId, ticket.revision) }));
  }

  async #sendPending(ticketId: string): Promise<void> {
    const { repos } = this.services;
    const ticket = await repos.tickets.find(ticketId);
    if (!ticket) return;
    for (const event of pendingEvents(ticket)) {
      const delivery = await this.#sendOne(ticket, event.seq);
      if (delivery === 'later') return; // keep the conversation in order
      await repos.tickets.update(ticketId, (current) => ({ result: undefined, next: eventDelivered(current, event.seq, delivery) }));
    }
  }

  async #sendOne(ticket: Ticket, seq: number): Promise<'sent' | 'unreachable' | 'later'> {
    const { repos, proactive } = this.services;
    const event = ticket.events.find((e) => e.seq === seq);
    if (!event) return 'sent';
    if (event.to === 'requester') {
      const notice = requesterNotice(ticket, event);
      if (!notice) return 'sent';
      const reached = await proactive.sendToUser(ticket.requester.tenantId, ticket.requester.aadObjectId, [notice], ticket.requesterReference);
      return reached ? 'sent' : 'unreachable';
    }
    if (event.to !== 'thread' || ticket.mode !== 'channel') return 'sent';
    const channel = await repos.conversationReferences.findHelpdeskChannel();
    if (!channel || !isCardPosted(ticket)) return 'later'; // the thread exists once the card does
    const post = threadPost(ticket, event, channelLanguage(channel));
    // Without the card's id there is no thread to reply in: the post goes to the channel itself.
    const target = ticket.card.activityId ? threadReference(channel, ticket.card.activityId) : channel;
    if (post) await proactive.sendTo(target, [post]);
    return 'sent';
  }
}

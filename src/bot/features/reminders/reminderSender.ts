/**
 * Sends due reminders at most once each (claim before send; see
 * domain/markers/eventMarker.ts), to people who have not turned them off,
 * in their language, paced well under Teams' limits (7 messages a second
 * per conversation, and fewer across a bot's conversations).
 *
 * Someone the bot has never talked with 1:1 cannot be messaged. For them
 * the event itself is not claimed — it goes out once they first chat with
 * the bot, if it still holds — but their being unreachable is recorded
 * once, under its own key, for the helpdesk digest.
 */
import type { EventMarker } from '../../../domain/markers/eventMarker.js';
import type { Language } from '../../../domain/model.js';
import type { ReminderEvent } from '../../../domain/reminders/reminderTypes.js';
import type { ReminderDeps } from './reminderServices.js';
import { localeLanguage } from '../../languageChoice.js';
import { reminderReply } from './reminderCard.js';

/** Pause between two reminders: at most four a second, whatever the number of recipients. */
export const SEND_INTERVAL_MS = 250;

export interface SendTally {
  sent: number;
  unreachable: number;
  optedOut: number;
  alreadySent: number;
}

export const emptyTally = (): SendTally => ({ sent: 0, unreachable: 0, optedOut: 0, alreadySent: 0 });

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class ReminderSender {
  #lastSend = 0;
  /** Unreachable records not yet written: a full scan queues them, so the store's group commit writes many at once. */
  readonly #recording = new Set<Promise<void>>();

  constructor(
    private readonly services: ReminderDeps,
    private readonly intervalMs = SEND_INTERVAL_MS,
  ) {}

  async send(events: readonly ReminderEvent[], tally: SendTally = emptyTally()): Promise<SendTally> {
    for (const event of events) tally[await this.#sendOne(event)]++;
    return tally;
  }

  async #sendOne(event: ReminderEvent): Promise<keyof SendTally> {
    const { repos, clock, logger } = this.services;
    const at = clock.now().toISOString();
    const marker = { kind: 'reminder' as const, claimedAt: at, tenantId: event.tenantId, recipient: event.recipient, topic: event.kind, ...(event.dueUntil ? { keepUntil: event.dueUntil } : {}) };
    const found = await repos.markers.find(event.key);
    if (found) {
      // Due for longer than its marker says (the contract was extended): a losing claim keeps the marker that long.
      if (found.keepUntil !== undefined && event.dueUntil !== undefined && found.keepUntil < event.dueUntil) await repos.markers.claim({ ...marker, key: event.key });
      return 'alreadySent';
    }
    const preference = await repos.reminderPreferences.find(event.tenantId, event.recipient);
    if (preference?.optedOut) return 'optedOut';
    const reference = await repos.conversationReferences.findUserReference(event.tenantId, event.recipient);
    if (!reference) {
      this.#recordUnreachable({ ...marker, key: `${event.key}|unreachable` }, at);
      return 'unreachable';
    }
    if (!(await repos.markers.claim({ ...marker, key: event.key }))) return 'alreadySent';
    const language: Language = preference?.language ?? localeLanguage(typeof reference.locale === 'string' ? reference.locale : undefined) ?? 'en';
    await this.#pace();
    let delivered = false;
    try {
      delivered = await this.services.proactive.sendToUser(event.tenantId, event.recipient, [reminderReply(event, this.services.program, language)]);
    } catch (error) {
      // Claimed and not sent: at-most-once means it stays that way (the digest shows it as unsettled).
      logger.error({ err: error, tenant: event.tenantId, reminder: event.kind }, 'reminder could not be sent');
      return 'unreachable';
    }
    await repos.markers.settle(event.key, delivered ? 'sent' : 'undeliverable', clock.now().toISOString());
    logger.info({ tenant: event.tenantId, user: event.recipient, reminder: event.kind, delivered }, 'reminder');
    return delivered ? 'sent' : 'unreachable';
  }

  /**
   * Waits until every unreachable record queued so far is written. A scan of
   * thousands of companies nobody has chatted with would otherwise write the
   * marker file twice per company, one write after another.
   */
  async recorded(): Promise<void> {
    while (this.#recording.size > 0) await Promise.all(this.#recording);
  }

  #recordUnreachable(marker: Omit<EventMarker, 'state' | 'settledAt'>, at: string): void {
    const { markers } = this.services.repos;
    const recording: Promise<void> = markers
      .claim(marker)
      .then((won) => (won ? markers.settle(marker.key, 'undeliverable', at) : undefined))
      .catch((error: unknown) => this.services.logger.error({ err: error, tenant: marker.tenantId }, 'unreachable reminder could not be recorded'))
      .finally(() => this.#recording.delete(recording));
    this.#recording.add(recording);
  }

  async #pace(): Promise<void> {
    const wait = this.#lastSend + this.intervalMs - Date.now();
    if (wait > 0) await pause(wait);
    this.#lastSend = Date.now();
  }
}

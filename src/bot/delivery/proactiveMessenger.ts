/**
 * Messages the bot starts itself: activation results, helpdesk replies,
 * ticket updates. Conversation references are stored the first time a known
 * user writes from a 1:1 chat (and again only if they change), so the bot can
 * reach them later. Sends retry per the retry policy.
 */
import { TurnContext, type Activity, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { Person } from '../../domain/model.js';
import { randomUUID } from 'node:crypto';
import type { ConversationReferenceRepository, OutboxItem, OutboxRepository, StoredReference } from '../../domain/repositories.js';
import type { SharedLocks } from '../../domain/sharedState.js';
import type { Logger } from '../../logger.js';
import type { CardRenderer } from '../cards/cardRenderer.js';
import { toActivity, type Reply } from '../reply.js';
import type { StopWork } from '../feature.js';
import { repeatEvery } from '../periodicWork.js';
import { pastLimits, type DeliveryLimits } from './deliveryLimits.js';
import { SavedReferences } from './savedReferences.js';
import { defaultRetry, statusOf, withRetry, type RetryOptions } from './retryPolicy.js';

const DEFAULT_LIMITS: DeliveryLimits = { maxAttempts: 20, maxAgeMs: 24 * 3_600_000 };

export class ProactiveMessenger {
  private readonly lastSaved = new SavedReferences();

  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly references: ConversationReferenceRepository,
    private readonly outbox: OutboxRepository,
    private readonly locks: SharedLocks,
    private readonly cards: CardRenderer,
    private readonly logger: Logger,
    private readonly retry: RetryOptions = defaultRetry,
    private readonly limits: DeliveryLimits = DEFAULT_LIMITS,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async remember(person: Person, activity: Activity): Promise<void> {
    const reference = TurnContext.getConversationReference(activity);
    const key = `${person.tenantId}|${person.aadObjectId}`;
    const fingerprint = `${reference.serviceUrl}|${reference.conversation?.id}`;
    if (this.lastSaved.isSaved(key, fingerprint)) return;
    await this.references.saveUserReference(person.tenantId, person.aadObjectId, reference as unknown as StoredReference);
    this.lastSaved.saved(key, fingerprint);
  }

  /**
   * Sends to a user's 1:1 chat. True when delivered, or when the connector
   * kept failing and the message was put in the outbox for a later retry;
   * false when the bot has never talked with the user. `known` is the
   * user's conversation when the caller holds it (a ticket of a user not in
   * the directory): it is used, and kept with a retried message, instead.
   */
  async sendToUser(tenantId: string, aadObjectId: string, replies: readonly Reply[], known?: StoredReference): Promise<boolean> {
    const reference = known ?? (await this.references.findUserReference(tenantId, aadObjectId));
    if (!reference) {
      this.logger.warn({ tenant: tenantId, user: aadObjectId }, 'no conversation reference: cannot notify');
      return false;
    }
    try {
      await this.sendTo(reference, replies);
    } catch (error) {
      const item: OutboxItem = { id: randomUUID(), tenantId, aadObjectId, payload: [...replies], queuedAt: this.now().toISOString(), attempts: 1, lastError: (error as Error).message, ...(known ? { reference: known } : {}) };
      await this.outbox.add(item);
      this.logger.warn({ err: error, tenant: tenantId, user: aadObjectId, outbox: item.id }, 'delivery failed: message kept in the outbox');
    }
    return true;
  }

  /**
   * Retries the outbox; returns how many messages went out. Each item is
   * claimed under a lock shared by every replica and re-read once claimed,
   * so a message is sent by one replica, once. A message past the attempt or
   * age limit stays in the outbox as a dead letter (listed for helpdesk
   * agents) and is not tried again.
   */
  async flushOutbox(): Promise<number> {
    let delivered = 0;
    for (const listed of await this.outbox.list()) {
      if (listed.deadLetteredAt !== undefined) continue;
      const outcome = await this.locks.tryRun(`outbox:${listed.id}`, async () => {
        const item = (await this.outbox.list()).find((i) => i.id === listed.id);
        return item && item.deadLetteredAt === undefined ? this.retryItem(item) : false; // already handled by another replica
      });
      if (outcome.ran && outcome.value) delivered++;
    }
    return delivered;
  }

  private async retryItem(item: OutboxItem): Promise<boolean> {
    const reference = item.reference ?? (await this.references.findUserReference(item.tenantId, item.aadObjectId));
    try {
      if (!reference) throw new Error('no conversation reference');
      await this.sendTo(reference, item.payload as Reply[]);
      await this.outbox.remove(item.id);
      return true;
    } catch (error) {
      const attempts = item.attempts + 1;
      const now = this.now();
      const lastError = String(statusOf(error) ?? (error as Error).message);
      if (pastLimits(attempts, item.queuedAt, now, this.limits)) {
        await this.outbox.save({ ...item, attempts, lastError, deadLetteredAt: now.toISOString() });
        this.logger.error({ outbox: item.id, tenant: item.tenantId, user: item.aadObjectId, attempts, lastError }, 'message given up after repeated failures');
      } else {
        await this.outbox.save({ ...item, attempts, lastError });
      }
      return false;
    }
  }

  /** Retries the outbox every `intervalMs` until the returned stop function is called. */
  startOutbox(intervalMs = 30_000): StopWork {
    return repeatEvery(intervalMs, () => this.flushOutbox(), (error) => this.logger.error({ err: error }, 'outbox retry failed'));
  }

  /** Sends replies to a stored conversation; returns the ids of the activities created. */
  async sendTo(reference: StoredReference, replies: readonly Reply[]): Promise<string[]> {
    return this.continueWith(reference, async (context) => {
      const ids: string[] = [];
      for (const reply of replies) {
        const sent = await withRetry(() => context.sendActivity(toActivity(reply, this.cards)), this.retry);
        if (sent?.id) ids.push(sent.id);
      }
      return ids;
    });
  }

  /** Replaces a message the bot sent earlier (e.g. a ticket card in the helpdesk channel). */
  async update(reference: StoredReference, activityId: string, reply: Reply): Promise<void> {
    await this.continueWith(reference, async (context) => {
      await withRetry(() => context.updateActivity({ ...toActivity(reply, this.cards), id: activityId }), this.retry);
    });
  }

  async continueWith<T>(reference: StoredReference, logic: (context: TurnContext) => Promise<T>): Promise<T> {
    let result: T | undefined;
    let failure: unknown;
    await this.adapter.continueConversationAsync(this.appId, reference as unknown as Partial<ConversationReference>, async (context) => {
      // Caught here: otherwise the adapter's turn-error handler would swallow it and the caller would think it was sent.
      try {
        result = await logic(context);
      } catch (error) {
        failure = error;
      }
    });
    if (failure !== undefined) throw failure;
    return result as T;
  }
}

/**
 * Finds the reminders due for every company (at start-up and every
 * REMINDER_SCAN_MINUTES) or for one company whose contracts just changed,
 * and hands them to the sender. Scans run one at a time; what was sent
 * before is skipped by its marker, so a scan can run as often as needed.
 * A scan of every company ends by removing the markers that can no longer
 * matter: it has just seen every event still due, and kept its marker as
 * long as that event needs it.
 */
import type { CompanyState } from '../../../domain/reminders/reminderRules.js';
import { remindersDue } from '../../../domain/reminders/reminderRules.js';
import type { ReminderThresholds } from '../../../domain/reminders/reminderTypes.js';
import { DEFAULT_THRESHOLDS } from '../../../domain/reminders/reminderTypes.js';
import type { ReminderDeps } from './reminderServices.js';
import { markerExpiry } from '../../../domain/markers/markerRetention.js';
import { BackgroundPace } from '../../backgroundPace.js';
import { emptyTally, ReminderSender, type SendTally } from './reminderSender.js';

export function thresholdsOf(services: ReminderDeps): ReminderThresholds {
  const { lowIncidents, lowPercent, endingDays } = services.config.reminders;
  return { ...DEFAULT_THRESHOLDS, lowIncidents, lowPercent, endingDays };
}

export class ReminderScanner {
  readonly #sender: ReminderSender;
  #queue: Promise<unknown> = Promise.resolve();
  #stopped = false;

  constructor(
    private readonly services: ReminderDeps,
    sender?: ReminderSender,
  ) {
    this.#sender = sender ?? new ReminderSender(services);
  }

  /** Every company; resolves with what happened. */
  scanAll(): Promise<SendTally> {
    return this.#serialised(async () => {
      const tally = emptyTally();
      const pace = new BackgroundPace();
      for (const tenantId of await this.services.repos.directory.listTenantIds()) {
        if (this.#stopped) break;
        await pace.breathe();
        await this.#scan(tenantId, tally);
      }
      await this.#sender.recorded();
      if (!this.#stopped) await this.#purgeExpiredMarkers();
      return tally;
    });
  }

  scanCompany(tenantId: string): Promise<SendTally> {
    return this.#serialised(async () => {
      if (this.#stopped) return emptyTally();
      const tally = await this.#scan(tenantId, emptyTally());
      await this.#sender.recorded();
      return tally;
    });
  }

  /**
   * Shutdown: a scan in progress ends after the company it is on, queued scans
   * do nothing. What was not scanned is scanned at the next start (markers
   * keep what was sent from being sent twice), so stopping loses nothing and
   * a large store does not hold the process open for the whole scan.
   */
  stop(): void {
    this.#stopped = true;
  }

  /** Waits for the scans queued so far (shutdown). */
  async idle(): Promise<void> {
    await this.#queue.catch(() => undefined);
  }

  async #scan(tenantId: string, tally: SendTally): Promise<SendTally> {
    const state = await this.#stateOf(tenantId);
    if (!state) return tally;
    return this.#sender.send(remindersDue(state, this.services.clock.now(), thresholdsOf(this.services)), tally);
  }

  async #purgeExpiredMarkers(): Promise<void> {
    const { repos, clock, config, logger } = this.services;
    const { keptUntilBefore, claimedBefore } = markerExpiry(clock.now(), config.markerRetentionDays);
    const removed = await repos.markers.purgeExpired(keptUntilBefore, claimedBefore);
    if (removed > 0) logger.info({ removed }, 'event markers no longer needed were removed');
  }

  async #stateOf(tenantId: string): Promise<CompanyState | undefined> {
    const { directory, contracts } = this.services.repos;
    const company = await directory.findCompany(tenantId);
    if (!company) return undefined;
    const [people, list] = await Promise.all([directory.listPeople(tenantId), contracts.listByTenant(tenantId)]);
    return { company, people, contracts: list };
  }

  #serialised<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.catch(() => undefined).then(work);
    this.#queue = run;
    return run;
  }
}

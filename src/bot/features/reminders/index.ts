/**
 * Reminders to partner admins before a problem: incidents running low or used
 * up, contracts ending or ended and still linked, activation stuck. Scans at
 * start-up, every REMINDER_SCAN_MINUTES, and when a company's contracts
 * change in this process; "stop reminders" turns them off per person.
 */
import type { Feature, StopWork } from '../../feature.js';
import { repeatEvery } from '../../periodicWork.js';
import { reminderCommandInterceptor, reminderVerbs } from './reminderCommands.js';
import { ReminderScanner } from './reminderScanner.js';
import type { ReminderDeps } from './reminderServices.js';

export type { ReminderDeps } from './reminderServices.js';

export interface RemindersFeature extends Feature<never, 'stopReminders' | 'startReminders'> {
  /** The one scanner of this bot: the timer, change triggers and a scan asked for now share its queue. */
  readonly scanner: ReminderScanner;
}

function startReminders(deps: ReminderDeps, scanner: ReminderScanner): StopWork {
  const failed = (error: unknown): void => deps.logger.error({ err: error }, 'reminder scan failed');
  const unsubscribe = deps.contractChanges.subscribe((tenantId) => void scanner.scanCompany(tenantId).catch(failed));
  // At start-up (without delaying it) and every REMINDER_SCAN_MINUTES.
  const stopScans = repeatEvery(deps.config.reminders.scanMinutes * 60_000, () => scanner.scanAll(), failed, { now: true });
  return async () => {
    unsubscribe();
    scanner.stop();
    await stopScans();
    await scanner.idle();
  };
}

export function createRemindersFeature(deps: ReminderDeps): RemindersFeature {
  const scanner = new ReminderScanner(deps);
  return {
    intents: {},
    verbs: reminderVerbs(deps),
    interceptors: [reminderCommandInterceptor(deps)],
    scanner,
    start: async () => startReminders(deps, scanner),
  };
}

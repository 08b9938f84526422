/**
 * Reminders to partner admins before a problem: incidents running low or used
 * up, contracts ending or ended and still linked, activation stuck. Scans at
 * start-up, every REMINDER_SCAN_MINUTES, and when a company's contracts
 * change in this process; "stop reminders" turns them off per person.
 */
import type { Feature, StopWork } from '../../feature.js';
import { reminderCommandInterceptor, reminderVerbs } from './reminderCommands.js';
import { ReminderScanner } from './reminderScanner.js';
import type { ReminderDeps } from './reminderServices.js';

export type { ReminderDeps } from './reminderServices.js';

export interface RemindersFeature extends Feature<never, 'stopReminders' | 'startReminders'> {
  /** The one scanner of this bot: the timer, change triggers and a scan asked for now share its queue. */
  readonly scanner: ReminderScanner;
}

function startReminders(deps: ReminderDeps, scanner: ReminderScanner): StopWork {
  const run = (what: Promise<unknown>): void => {
    what.catch((error: unknown) => deps.logger.error({ err: error }, 'reminder scan failed'));
  };
  const unsubscribe = deps.contractChanges.subscribe((tenantId) => run(scanner.scanCompany(tenantId)));
  run(scanner.scanAll()); // at start-up, without delaying it
  const timer = setInterval(() => run(scanner.scanAll()), deps.config.reminders.scanMinutes * 60_000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    unsubscribe();
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

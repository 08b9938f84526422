/**
 * Reminders to partner admins before a problem: incidents running low or used
 * up, contracts ending or ended and still linked, activation stuck. Scans at
 * start-up, every REMINDER_SCAN_MINUTES, and when a company's contracts
 * change in this process; "stop reminders" turns them off per person.
 */
import type { BotServices } from '../../botServices.js';
import type { FeatureModule } from '../../featureModule.js';
import { reminderCommandInterceptor, reminderVerbs } from './reminderCommands.js';
import { ReminderScanner } from './reminderScanner.js';

const scanners = new WeakMap<BotServices, ReminderScanner>();

/** One scanner per running bot, so the timer, change triggers and tests share its queue. */
export function reminderScannerFor(services: BotServices): ReminderScanner {
  let scanner = scanners.get(services);
  if (!scanner) {
    scanner = new ReminderScanner(services);
    scanners.set(services, scanner);
  }
  return scanner;
}

function startReminders(services: BotServices): () => Promise<void> {
  const scanner = reminderScannerFor(services);
  const run = (what: Promise<unknown>): void => {
    what.catch((error: unknown) => services.logger.error({ err: error }, 'reminder scan failed'));
  };
  const unsubscribe = services.contractChanges.subscribe((tenantId) => run(scanner.scanCompany(tenantId)));
  run(scanner.scanAll()); // at start-up, without delaying it
  const timer = setInterval(() => run(scanner.scanAll()), services.config.reminders.scanMinutes * 60_000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    unsubscribe();
    await scanner.idle();
  };
}

export const remindersFeature: FeatureModule<never, 'stopReminders' | 'startReminders'> = {
  intents: {},
  verbs: reminderVerbs,
  interceptors: [reminderCommandInterceptor],
  start: async (services) => startReminders(services),
};

/**
 * Shutting the bot down during the start-up scan of a large store must not
 * wait for every company: the scan ends after the company it is on, and a
 * scan queued behind it does nothing (the next start scans again).
 */
import { fileURLToPath } from 'node:url';
import { ReminderScanner } from '../../../src/bot/features/reminders/reminderScanner.js';
import { loadConfig } from '../../../src/config.js';
import { fixedClock } from '../../../src/domain/clock.js';
import { createLogger } from '../../../src/logger.js';
import { loadProgramData } from '../../../src/ruleLoading/index.js';
import { createMemoryStore } from '../../../src/storage/memory/memoryStore.js';
import { TEST_TODAY } from '../../helpers/testDay.js';

const TENANTS = Array.from({ length: 200 }, (_, i) => `tenant-${i}`);

it('stops a whole-store scan after the company it is on, and skips scans queued behind it', async () => {
  const store = createMemoryStore();
  const read: string[] = [];
  const box: { scanner?: ReminderScanner } = {};
  const directory = {
    ...store.directory,
    listTenantIds: () => Promise.resolve(TENANTS),
    findCompany: (tenantId: string) => {
      read.push(tenantId);
      if (read.length === 3) box.scanner?.stop();
      return Promise.resolve(undefined);
    },
  };
  const scanner = new ReminderScanner({
    config: loadConfig({ LOG_LEVEL: 'silent' }),
    repos: { ...store, directory },
    program: await loadProgramData(fileURLToPath(new URL('../../../src/rules/program.json', import.meta.url))),
    proactive: { sendToUser: () => Promise.resolve(false) },
    contractChanges: { subscribe: () => () => undefined },
    clock: fixedClock(`${TEST_TODAY}T09:00:00.000Z`),
    logger: createLogger('silent'),
  });
  box.scanner = scanner;
  const whole = scanner.scanAll();
  const queued = scanner.scanCompany('tenant-199');
  await Promise.all([whole, queued]);
  expect(read).toEqual(['tenant-0', 'tenant-1', 'tenant-2']);
});

/**
 * What the reminders feature uses: the directory and contracts it scans, the
 * markers and preferences that say what was sent and who opted out, the
 * messenger, and the contract-change feed that triggers a scan at once.
 */
import type { Config } from '../../../config.js';
import type { Clock } from '../../../domain/clock.js';
import type { ProgramData } from '../../../domain/entitlement/programData.js';
import type { Repositories } from '../../../domain/repositories.js';
import type { Logger } from '../../../logger.js';
import type { ContractChangeFeed } from '../../contractChangeFeed.js';
import type { ProactiveMessenger } from '../../delivery/proactiveMessenger.js';

export interface ReminderDeps {
  readonly config: Pick<Config, 'reminders' | 'markerRetentionDays'>;
  readonly repos: Pick<Repositories, 'directory' | 'contracts' | 'reminderPreferences' | 'markers' | 'conversationReferences'>;
  readonly program: ProgramData;
  readonly proactive: Pick<ProactiveMessenger, 'sendToUser'>;
  readonly contractChanges: Pick<ContractChangeFeed, 'subscribe'>;
  readonly clock: Clock;
  readonly logger: Logger;
}

/**
 * What the helpdesk's own checks and reports use: tickets, markers (what was
 * escalated or posted already) and unanswered questions, the helpdesk
 * channel, and the messenger that posts there.
 */
import type { Config } from '../../../config.js';
import type { Clock } from '../../../domain/clock.js';
import type { Repositories } from '../../../domain/repositories.js';
import type { Logger } from '../../../logger.js';
import type { ProactiveMessenger } from '../../delivery/proactiveMessenger.js';

export interface InsightDeps {
  readonly config: Pick<Config, 'ticketEscalateMinutes' | 'unansweredRetentionDays'>;
  readonly repos: Pick<Repositories, 'tickets' | 'markers' | 'unansweredQuestions' | 'conversationReferences' | 'directory'>;
  readonly proactive: Pick<ProactiveMessenger, 'sendTo'>;
  readonly clock: Clock;
  readonly logger: Logger;
}

/**
 * Everything a handler may use, built once by the composition root.
 */
import type { Config } from '../config.js';
import type { Clock } from '../domain/clock.js';
import type { IdentityService } from '../domain/directory/identityService.js';
import type { EntitlementService } from '../domain/entitlement/entitlementService.js';
import type { ProgramData } from '../domain/entitlement/programData.js';
import type { Repositories } from '../domain/repositories.js';
import type { RuleEngine } from '../domain/ruleEngine/index.js';
import type { Logger } from '../logger.js';
import type { Nlu } from '../nlu/nluModel.js';
import type { CardRenderer } from './cards/cardRenderer.js';
import type { ContractChangeFeed } from './contractChangeFeed.js';
import type { ProactiveMessenger } from './delivery/proactiveMessenger.js';

export interface BotServices {
  readonly config: Config;
  readonly repos: Repositories;
  readonly identity: IdentityService;
  readonly entitlements: EntitlementService;
  readonly program: ProgramData;
  readonly rules: RuleEngine;
  readonly nlu: Nlu;
  readonly cards: CardRenderer;
  readonly proactive: ProactiveMessenger;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Contract saves in this process, for checks that should not wait for the next scan. */
  readonly contractChanges: ContractChangeFeed;
}

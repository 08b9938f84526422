/**
 * What the linking handlers work with: the linking domain services, built
 * once by the feature (so a broken linking.json stops start-up), and the few
 * shared services the replies read.
 */
import type { Clock } from '../../../domain/clock.js';
import type { EntitlementService } from '../../../domain/entitlement/index.js';
import type { ProgramData } from '../../../domain/entitlement/programData.js';
import { AlreadyAssociatedDiagnosis, LinkingService } from '../../../domain/linking/index.js';
import type { Repositories } from '../../../domain/repositories.js';
import type { RuleEngine } from '../../../domain/ruleEngine/index.js';
import type { Logger } from '../../../logger.js';

export interface LinkingDeps {
  readonly repos: Pick<Repositories, 'contracts' | 'directory'>;
  readonly entitlements: EntitlementService;
  readonly rules: RuleEngine;
  readonly program: ProgramData;
  readonly clock: Clock;
  readonly logger: Logger;
}

export interface LinkingServices {
  readonly linking: LinkingService;
  readonly diagnosis: AlreadyAssociatedDiagnosis;
  readonly program: ProgramData;
  readonly clock: Clock;
  readonly logger: Logger;
}

export function buildLinkingServices({ repos, entitlements, rules, program, clock, logger }: LinkingDeps): LinkingServices {
  const domain = { contracts: repos.contracts, directory: repos.directory, entitlements, rules, clock };
  return { linking: LinkingService.create(domain), diagnosis: AlreadyAssociatedDiagnosis.create(domain), program, clock, logger };
}

/**
 * What the knowledge topics read: the program's data and entitlement rules,
 * and, for a known asker, their company's people and contracts.
 */
import type { Clock } from '../../../domain/clock.js';
import type { IdentityService } from '../../../domain/directory/identityService.js';
import type { EntitlementService } from '../../../domain/entitlement/index.js';
import type { ProgramData } from '../../../domain/entitlement/programData.js';
import type { Repositories } from '../../../domain/repositories.js';
import type { Nlu } from '../../../nlu/nluModel.js';

export interface KnowledgeServices {
  readonly program: ProgramData;
  /** Entities as the loaded program names offers, for answers that run before understanding. */
  readonly nlu: Pick<Nlu, 'entities'>;
  readonly entitlements: EntitlementService;
  readonly identity: Pick<IdentityService, 'peopleWithRoles'>;
  readonly repos: Pick<Repositories, 'contracts' | 'directory'>;
  readonly clock: Clock;
}

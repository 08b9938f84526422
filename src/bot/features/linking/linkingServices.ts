/**
 * The linking domain services, built once per bot from its BotServices. The
 * feature builds them itself (at start-up, through `start`) so the shared
 * composition root needs no change, and a broken linking.json stops start-up.
 */
import { AlreadyAssociatedDiagnosis, LinkingService } from '../../../domain/linking/index.js';
import type { BotServices } from '../../botServices.js';

export interface LinkingServices {
  readonly linking: LinkingService;
  readonly diagnosis: AlreadyAssociatedDiagnosis;
}

const built = new WeakMap<BotServices, LinkingServices>();

export function linkingServices(services: BotServices): LinkingServices {
  const existing = built.get(services);
  if (existing) return existing;
  const deps = {
    contracts: services.repos.contracts,
    directory: services.repos.directory,
    entitlements: services.entitlements,
    rules: services.rules,
    clock: services.clock,
  };
  const created = { linking: LinkingService.create(deps), diagnosis: AlreadyAssociatedDiagnosis.create(deps) };
  built.set(services, created);
  return created;
}

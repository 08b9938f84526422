/**
 * Contract linking: the walk-through for Support for Business and
 * the Azure portal, the ID check against the store, and the diagnosis of
 * "Access ID is already associated".
 */
import type { Feature } from '../../feature.js';
import { linkingHandlers } from './linkingHandlers.js';
import { buildLinkingServices, type LinkingDeps } from './linkingServices.js';
import { pastedIdsInterceptor } from './pastedIdsInterceptor.js';

export type { LinkingDeps } from './linkingServices.js';

/** Builds the linking services at once, so a broken linking.json stops start-up. */
export function createLinkingFeature(deps: LinkingDeps): Feature<'linkContract' | 'errorAlreadyAssociated', 'chooseLinkSupport' | 'submitLinkIds'> {
  const services = buildLinkingServices(deps);
  return { ...linkingHandlers(services), interceptors: [pastedIdsInterceptor(services)] };
}

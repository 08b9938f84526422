/**
 * Contract linking (issue #4): the walk-through for Support for Business and
 * the Azure portal, the ID check against the store, and the diagnosis of
 * "Access ID is already associated".
 */
import type { FeatureModule } from '../../featureModule.js';
import { chooseLinkSupport, errorAlreadyAssociated, linkContract, submitLinkIds } from './linkingHandlers.js';
import { linkingServices } from './linkingServices.js';
import { pastedIdsInterceptor } from './pastedIdsInterceptor.js';

export const linkingFeature: FeatureModule<'linkContract' | 'errorAlreadyAssociated', 'chooseLinkSupport' | 'submitLinkIds'> = {
  intents: { linkContract, errorAlreadyAssociated },
  verbs: { chooseLinkSupport, submitLinkIds },
  interceptors: [pastedIdsInterceptor],
  // Builds the services once, so a broken linking.json fails at start-up.
  start: async (services) => {
    linkingServices(services);
    return async () => {};
  },
};

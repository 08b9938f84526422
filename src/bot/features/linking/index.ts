// Placeholder until the linking feature lands: it answers that the topic is not available yet.
import type { FeatureModule } from '../../featureModule.js';
import { notYetBuilt, notYetBuiltVerb } from '../conversation/notYetBuilt.js';

export const linkingFeature: FeatureModule<'linkContract' | 'errorAlreadyAssociated', 'chooseLinkSupport' | 'submitLinkIds'> = {
  intents: { linkContract: notYetBuilt, errorAlreadyAssociated: notYetBuilt },
  verbs: { chooseLinkSupport: notYetBuiltVerb, submitLinkIds: notYetBuiltVerb },
};

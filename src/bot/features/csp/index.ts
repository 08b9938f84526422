// Placeholder until the csp feature lands: it answers that the topic is not available yet.
import type { FeatureModule } from '../../featureModule.js';
import { notYetBuilt, notYetBuiltVerb } from '../conversation/notYetBuilt.js';

export const cspFeature: FeatureModule<'cspServiceRequest', 'chooseRouteOption'> = {
  intents: { cspServiceRequest: notYetBuilt },
  verbs: { chooseRouteOption: notYetBuiltVerb },
};

// Placeholder until the activation feature lands: it answers that the topic is not available yet.
import type { FeatureModule } from '../../featureModule.js';
import { notYetBuilt, notYetBuiltVerb } from '../conversation/notYetBuilt.js';

export const activationFeature: FeatureModule<'activationRequest' | 'activationStatus', 'activate' | 'askAdminsToActivate' | 'approveActivation' | 'rejectActivation'> = {
  intents: { activationRequest: notYetBuilt, activationStatus: notYetBuilt },
  verbs: { activate: notYetBuiltVerb, askAdminsToActivate: notYetBuiltVerb, approveActivation: notYetBuiltVerb, rejectActivation: notYetBuiltVerb },
};

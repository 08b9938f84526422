// Placeholder until the knowledge topics land.
import type { FeatureModule } from '../../featureModule.js';
import { notYetBuilt } from '../conversation/notYetBuilt.js';

export type KnowledgeIntent =
  | 'entitlementIncidents' | 'entitlementCloud' | 'myBenefits' | 'incidentsRemaining' | 'cloudCompetencies'
  | 'technicalSupportScope' | 'oldProducts' | 'whoCanActivate' | 'accountAssociation' | 'anyoneCanUse'
  | 'activationHowTo' | 'findIds' | 'onPremRequestHowTo' | 'cloudRequestHowTo' | 'cspPlan' | 'unavailablePlans'
  | 'benefitDuration' | 'errorNotAuthorized' | 'errorNoBenefits' | 'paidPlans' | 'usefulLinks';

export const knowledgeFeature: FeatureModule<KnowledgeIntent, never> = {
  intents: {
    entitlementIncidents: notYetBuilt, entitlementCloud: notYetBuilt, myBenefits: notYetBuilt, incidentsRemaining: notYetBuilt,
    cloudCompetencies: notYetBuilt, technicalSupportScope: notYetBuilt, oldProducts: notYetBuilt, whoCanActivate: notYetBuilt,
    accountAssociation: notYetBuilt, anyoneCanUse: notYetBuilt, activationHowTo: notYetBuilt, findIds: notYetBuilt,
    onPremRequestHowTo: notYetBuilt, cloudRequestHowTo: notYetBuilt, cspPlan: notYetBuilt, unavailablePlans: notYetBuilt,
    benefitDuration: notYetBuilt, errorNotAuthorized: notYetBuilt, errorNoBenefits: notYetBuilt, paidPlans: notYetBuilt, usefulLinks: notYetBuilt,
  },
  verbs: {},
};

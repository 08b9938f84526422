/**
 * The knowledge topics: answers to questions about the program and, for a
 * known asker, about their own company. Each answer is one card whose text
 * is its key fact. No card verbs: related topics use the shared "ask" verb.
 */
import type { FeatureModule } from '../../featureModule.js';
import { accountAssociation, anyoneCanUse, whoCanActivate } from './topics/accountTopics.js';
import { activationHowTo, benefitDuration } from './topics/activationTopics.js';
import { incidentsRemaining, myBenefits } from './topics/companyTopics.js';
import { dataBenefitQuestion } from './topics/dataBenefitTopic.js';
import { entitlementCloud, entitlementIncidents } from './topics/entitlementTopics.js';
import { findIds } from './topics/idTopics.js';
import { errorNoBenefits, errorNotAuthorized } from './topics/errorTopics.js';
import { paidPlans, usefulLinks } from './topics/planTopics.js';
import { cloudRequestHowTo, cspPlan, onPremRequestHowTo, unavailablePlans } from './topics/requestTopics.js';
import { cloudCompetencies, oldProducts, technicalSupportScope } from './topics/scopeTopics.js';

export type KnowledgeIntent =
  | 'entitlementIncidents' | 'entitlementCloud' | 'myBenefits' | 'incidentsRemaining' | 'cloudCompetencies'
  | 'technicalSupportScope' | 'oldProducts' | 'whoCanActivate' | 'accountAssociation' | 'anyoneCanUse'
  | 'activationHowTo' | 'findIds' | 'onPremRequestHowTo' | 'cloudRequestHowTo' | 'cspPlan' | 'unavailablePlans'
  | 'benefitDuration' | 'errorNotAuthorized' | 'errorNoBenefits' | 'paidPlans' | 'usefulLinks';

export const knowledgeFeature: FeatureModule<KnowledgeIntent, never> = {
  intents: {
    entitlementIncidents,
    entitlementCloud,
    myBenefits,
    incidentsRemaining,
    cloudCompetencies,
    technicalSupportScope,
    oldProducts,
    whoCanActivate,
    accountAssociation,
    anyoneCanUse,
    activationHowTo,
    findIds,
    onPremRequestHowTo,
    cloudRequestHowTo,
    cspPlan,
    unavailablePlans,
    benefitDuration,
    errorNotAuthorized,
    errorNoBenefits,
    paidPlans,
    usefulLinks,
  },
  verbs: {},
  // Benefits declared only in program.json are recognised by name, not by the language model.
  interceptors: [dataBenefitQuestion],
};

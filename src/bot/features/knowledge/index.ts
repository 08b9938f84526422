/**
 * The knowledge topics: answers to questions about the program and, for a
 * known asker, about their own company. Each answer is one card whose text
 * is its key fact. No card verbs: related topics use the shared "ask" verb.
 */
import { withServices, type Feature } from '../../feature.js';
import type { IntentRequest } from '../../turnRequest.js';
import type { Reply } from '../../reply.js';
import type { KnowledgeServices } from './knowledgeServices.js';
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

type Topic = (request: IntentRequest, services: KnowledgeServices) => Promise<Reply[]>;

const TOPICS: Readonly<Record<KnowledgeIntent, Topic>> = {
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
};

export type { KnowledgeServices } from './knowledgeServices.js';

export function createKnowledgeFeature(services: KnowledgeServices): Feature<KnowledgeIntent> {
  return {
    intents: withServices(TOPICS, services),
    verbs: {},
    // Benefits declared only in program.json are recognised by name, not by the language model.
    interceptors: [(request) => dataBenefitQuestion(request, services)],
  };
}

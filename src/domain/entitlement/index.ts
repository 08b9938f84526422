/** Entitlements: reference data, per-offer and per-company answers, contract standing. */
export { EntitlementService } from './entitlementService.js';
export { ProgramData, LINK_IDS, type BenefitInfo, type CompetencyInfo, type LinkId, type LocalizedTerms, type LocalizedText, type OfferInfo, type PaidPlan, type PaidPlanScope } from './programData.js';
export { parseProgramData } from './programDataParser.js';
export { contractState, contractStandings, InvalidDateError } from './contractStanding.js';
export { ENTITLEMENT_RULE_SET, isDataOnlyBenefit } from './entitlementEvents.js';
export { COMBINATION_SETTING } from './combinationPolicy.js';
export type * from './entitlementTypes.js';
export { takeCompanySnapshot, type CompanySnapshot } from './companySnapshot.js';

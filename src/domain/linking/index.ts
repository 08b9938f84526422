/** Linking contracts to accounts, and diagnosing "Access ID is already associated". */
export { LinkingService, type LinkingDependencies } from './linkingService.js';
export { AlreadyAssociatedDiagnosis, type DiagnosisDependencies } from './alreadyAssociatedDiagnosis.js';
export { ID_SHAPES, hasAnyId, idsInText, normalizeAccessId, normalizeContractId, wellFormedIds } from './idFormat.js';
export { checkLinkingRules, DIAGNOSIS_RULE_SET, LINK_RULE_SET } from './linkingRules.js';
export * from './linkingTypes.js';

/** Activation: checks by rules, the pending request, its processing and completion. */
export { ActivationService, BOT_REQUEST_KEY_PREFIX, type ActivationServiceDeps } from './activationService.js';
export { ActivationCompletion, MAX_REASON_LENGTH, type ActivationNotifier } from './activationCompletion.js';
export { HelpdeskActivationProcessor, type ActivationProcessor, type HelpdeskInbox } from './activationProcessor.js';
export { DemoActivationProcessor, DEMO_DECIDER, realTimers, type Timers } from './demoActivationProcessor.js';
export { ACTIVATION_RULE_SET } from './activationRules.js';
export { oneYearEnd } from './activationContracts.js';
export { planFrom } from './activationPlan.js';
export { parseAccessId, parseContractId, randomIds, type IdSource } from './contractIds.js';
export * from './activationTypes.js';

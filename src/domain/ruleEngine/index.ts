/** The generic rules core: parse and validate rule files, evaluate rule sets. */
export { RulesFileError, type RulesFileErrorCode, type RuleLocation } from './rulesFileError.js';
export type { Decision, Facts, FiredEvent, LoadedRule, RuleDefinition, RuleFile } from './ruleDefinition.js';
export { RuleCatalog, type LoadedSetting } from './ruleCatalog.js';
export { holdsRules, parseRuleSource, parseRuleSources, type RuleSource } from './ruleSources.js';
export { RuleEngine, UnknownRuleSetError } from './ruleEngine.js';
export { isKnownOperator } from './operators.js';

/** The generic rules core: load and validate rule files, evaluate rule sets. */
export { RulesFileError, type RulesFileErrorCode, type RuleLocation } from './rulesFileError.js';
export type { Decision, Facts, FiredEvent, LoadedRule, RuleDefinition, RuleFile } from './ruleDefinition.js';
export { RuleCatalog, type LoadedSetting } from './ruleCatalog.js';
export {
  loadRules,
  loadRuleFiles,
  parseRuleSource,
  parseRuleSources,
  type RuleSource,
} from './ruleFileLoader.js';
export { RuleEngine, UnknownRuleSetError } from './ruleEngine.js';
export { isKnownOperator } from './operators.js';

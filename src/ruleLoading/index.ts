/** File reading for the rules core and program data, kept out of src/domain. */
export { loadRuleFiles, loadRules } from './ruleFiles.js';
export { loadProgramData } from './programFile.js';

/**
 * Validates one parsed rule file: `{ "ruleSets": { "<set>": [rule, …] },
 * "facts"?: { "<set>": { "<fact>": "meaning" } }, "$comment"?: …, <setting>: … }`.
 * Any other top-level key is a setting of the feature owning the file (e.g. "combination").
 * Problems spanning files (duplicates across files, undeclared facts) are
 * checked by the RuleCatalog once all files are in.
 */
import { validateTopLevelCondition } from './conditionValidator.js';
import { describeValue, isJsonObject, isNonEmptyString } from './jsonShape.js';
import type { RuleDefinition, RuleFile } from './ruleDefinition.js';
import { RulesFileError, type RuleLocation, type RulesFileErrorCode } from './rulesFileError.js';

const RESERVED_KEYS = new Set(['ruleSets', 'facts']);
/** Notes for the program owner, never settings: "$…" keys, "comment", "description". */
const isNote = (key: string): boolean => key.startsWith('$') || key === 'comment' || key === 'description';

export function validateRuleFile(file: string, json: unknown): RuleFile {
  const fileProblem = (problem: string): never => {
    throw new RulesFileError('RULES_FILE_INVALID', file, problem);
  };
  if (!isJsonObject(json)) return fileProblem(`must hold a JSON object, found ${describeValue(json)}`);
  if (!isJsonObject(json.ruleSets)) return fileProblem('needs a "ruleSets" object: { "<set name>": [rule, …] }');

  const ruleSets: Record<string, RuleDefinition[]> = {};
  for (const [set, rules] of Object.entries(json.ruleSets)) {
    if (!Array.isArray(rules)) return fileProblem(`rule set "${set}" must be an array of rules`);
    ruleSets[set] = validateRuleSet(file, set, rules);
  }

  const settings: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) {
    if (!RESERVED_KEYS.has(key) && !isNote(key)) settings[key] = value;
  }
  return { file, ruleSets, facts: validateFactDeclarations(file, json.facts), settings };
}

function validateRuleSet(file: string, set: string, rules: unknown[]): RuleDefinition[] {
  const seen = new Map<string, number>();
  return rules.map((rule, index) => {
    const definition = validateRule(file, set, index, rule);
    const earlier = seen.get(definition.name);
    if (earlier !== undefined) {
      throw new RulesFileError('RULE_NAME_DUPLICATE', file, `name already used by rule #${earlier + 1} of this set`, {
        set,
        index,
        name: definition.name,
      });
    }
    seen.set(definition.name, index);
    return definition;
  });
}

function validateRule(file: string, set: string, index: number, rule: unknown): RuleDefinition {
  const location: RuleLocation = { set, index };
  const report = (code: RulesFileErrorCode, problem: string): never => {
    throw new RulesFileError(code, file, problem, location);
  };
  if (!isJsonObject(rule)) return report('RULE_INVALID', `must be an object, found ${describeValue(rule)}`);
  if (!isNonEmptyString(rule.name)) return report('RULE_NAME_MISSING', 'has no "name" (every rule needs one so the bot can say why)');
  const name = rule.name;
  const named = (code: RulesFileErrorCode, problem: string): never => {
    throw new RulesFileError(code, file, problem, { ...location, name });
  };

  const { priority } = rule;
  if (priority !== undefined && !(typeof priority === 'number' && Number.isFinite(priority) && priority >= 1)) {
    named('RULE_PRIORITY_INVALID', `"priority" must be a number ≥ 1, found ${describeValue(priority)}`);
  }
  if (rule.conditions === undefined) named('RULE_CONDITIONS_INVALID', 'has no "conditions"');
  const conditions = validateTopLevelCondition(rule.conditions, named);

  const { event } = rule;
  if (!isJsonObject(event)) return named('RULE_EVENT_TYPE_MISSING', 'has no "event" object with a "type"');
  if (!isNonEmptyString(event.type)) return named('RULE_EVENT_TYPE_MISSING', 'event has no "type"');
  if (event.params !== undefined && !isJsonObject(event.params)) {
    named('RULE_EVENT_INVALID', `event "params" must be an object, found ${describeValue(event.params)}`);
  }
  const params = isJsonObject(event.params) ? event.params : {};
  const definition: RuleDefinition = { name, conditions, event: { type: event.type, params } };
  if (typeof priority === 'number') definition.priority = priority;
  return definition;
}

function validateFactDeclarations(file: string, facts: unknown): Record<string, Record<string, string>> {
  if (facts === undefined) return {};
  const problem = (text: string): never => {
    throw new RulesFileError('RULES_FILE_INVALID', file, text);
  };
  if (!isJsonObject(facts)) return problem('"facts" must be an object: { "<set name>": { "<fact>": "meaning" } }');
  const declarations: Record<string, Record<string, string>> = {};
  for (const [set, declared] of Object.entries(facts)) {
    if (!isJsonObject(declared)) return problem(`"facts.${set}" must map each fact name to what it means`);
    const meanings: Record<string, string> = {};
    for (const [fact, meaning] of Object.entries(declared)) {
      if (typeof meaning !== 'string') return problem(`"facts.${set}.${fact}" must be a string saying what the fact means`);
      meanings[fact] = meaning;
    }
    declarations[set] = meanings;
  }
  return declarations;
}

/**
 * Checks a rule's "conditions" tree: only all / any / not and fact conditions
 * with a known operator. Returns the typed tree; throws RulesFileError with the
 * JSON path of the bad node (e.g. conditions.all[1].operator).
 */
import type { FactCondition, NestedCondition, TopLevelCondition } from './ruleDefinition.js';
import { BASE_OPERATORS, isKnownOperator } from './operators.js';
import { describeValue, isJsonObject, isNonEmptyString } from './jsonShape.js';
import type { RulesFileErrorCode } from './rulesFileError.js';

export type ConditionProblem = (code: RulesFileErrorCode, problem: string) => never;

const GROUP_KEYS = ['all', 'any', 'not'] as const;

export function validateTopLevelCondition(value: unknown, report: ConditionProblem): TopLevelCondition {
  const condition = validateCondition(value, 'conditions', report);
  if ('fact' in condition) {
    return report('RULE_CONDITIONS_INVALID', 'conditions must start with "all", "any" or "not"');
  }
  return condition;
}

function validateCondition(value: unknown, path: string, report: ConditionProblem): NestedCondition {
  if (!isJsonObject(value)) {
    return report('RULE_CONDITIONS_INVALID', `${path} must be an object, found ${describeValue(value)}`);
  }
  const groups = GROUP_KEYS.filter((key) => key in value);
  if (groups.length > 1) {
    return report('RULE_CONDITIONS_INVALID', `${path} mixes ${groups.join(' and ')}; nest them instead`);
  }
  if ('condition' in value) {
    return report('RULE_CONDITIONS_INVALID', `${path} refers to a shared condition, which is not supported`);
  }
  const group = groups[0];
  if (group === 'not') return { not: validateCondition(value.not, `${path}.not`, report) };
  if (group === 'all' || group === 'any') {
    const items = value[group];
    if (!Array.isArray(items) || items.length === 0) {
      return report('RULE_CONDITIONS_INVALID', `${path}.${group} must be a non-empty array`);
    }
    const nested = items.map((item, i) => validateCondition(item, `${path}.${group}[${i}]`, report));
    return group === 'all' ? { all: nested } : { any: nested };
  }
  return validateFactCondition(value, path, report);
}

function validateFactCondition(value: Record<string, unknown>, path: string, report: ConditionProblem): FactCondition {
  if (!isNonEmptyString(value.fact)) {
    return report('RULE_CONDITIONS_INVALID', `${path} needs "fact" (or "all" / "any" / "not")`);
  }
  if (typeof value.operator !== 'string' || !isKnownOperator(value.operator)) {
    return report(
      'RULE_OPERATOR_UNKNOWN',
      `${path}: unknown operator ${describeValue(value.operator)} (known: ${BASE_OPERATORS.join(', ')}, optionally prefixed like "not:in")`,
    );
  }
  if (!('value' in value)) return report('RULE_CONDITIONS_INVALID', `${path} has no "value"`);
  if (value.path !== undefined && typeof value.path !== 'string') {
    return report('RULE_CONDITIONS_INVALID', `${path}.path must be a string`);
  }
  if (value.params !== undefined && !isJsonObject(value.params)) {
    return report('RULE_CONDITIONS_INVALID', `${path}.params must be an object`);
  }
  const condition: FactCondition = { fact: value.fact, operator: value.operator, value: value.value };
  if (typeof value.path === 'string') condition.path = value.path;
  if (isJsonObject(value.params)) condition.params = value.params;
  return condition;
}

/** Every fact a condition tree reads, including `"value": { "fact": … }` references. */
export function factsUsedBy(condition: NestedCondition): string[] {
  if ('all' in condition) return condition.all.flatMap(factsUsedBy);
  if ('any' in condition) return condition.any.flatMap(factsUsedBy);
  if ('not' in condition) return factsUsedBy(condition.not);
  const compared = isJsonObject(condition.value) && isNonEmptyString(condition.value.fact) ? [condition.value.fact] : [];
  return [condition.fact, ...compared];
}

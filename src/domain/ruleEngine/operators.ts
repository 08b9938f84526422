/**
 * The operators json-rules-engine knows out of the box. A typo such as
 * "equals" would otherwise make a condition silently false, so the validator
 * rejects any operator not listed here.
 */
export const BASE_OPERATORS: readonly string[] = [
  'equal',
  'notEqual',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
];

/** Decorators prefix an operator: "not:in", "someFact:equal", "swap:contains". */
export const OPERATOR_DECORATORS: readonly string[] = [
  'someFact',
  'someValue',
  'everyFact',
  'everyValue',
  'swap',
  'not',
];

export function isKnownOperator(operator: string): boolean {
  const parts = operator.split(':');
  const base = parts.pop();
  return (
    base !== undefined &&
    BASE_OPERATORS.includes(base) &&
    parts.every((decorator) => OPERATOR_DECORATORS.includes(decorator))
  );
}

/**
 * Freezes a value and everything it holds, for results that are computed once
 * and then shared by every turn that asks for them (cached understandings,
 * cached cards): a turn that tried to change one would throw instead of
 * silently changing what the next user gets.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

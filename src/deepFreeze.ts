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

/**
 * A deeply frozen copy that shares whatever is frozen already: a snapshot
 * saved every turn (a conversation's context) re-copies only what the turn
 * added, not the twenty transcript lines it loaded from the last snapshot.
 * Sharing is safe only for values frozen deeply, as deepFreeze and this do;
 * plain data (JSON-like) only.
 */
export function frozenCopy<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  if (Array.isArray(value)) return Object.freeze(value.map((item: unknown) => frozenCopy(item))) as T;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = frozenCopy((value as Record<string, unknown>)[key]);
    // Assigning "__proto__" would set the prototype: it is defined as the data it is.
    if (key === '__proto__') Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true, configurable: true });
    else copy[key] = item;
  }
  return Object.freeze(copy) as T;
}

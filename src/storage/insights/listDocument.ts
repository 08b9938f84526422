/** Shape check shared by the small "list of records" documents (markers, preferences, questions). */
export function listShapeProblem(value: unknown, keyField: string): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const { version, items } = value as Record<string, unknown>;
  if (version !== 1) return `unsupported version ${JSON.stringify(version)}`;
  if (!Array.isArray(items)) return 'items is not a list';
  const bad = items.findIndex((i) => typeof i !== 'object' || i === null || typeof (i as Record<string, unknown>)[keyField] !== 'string');
  return bad === -1 ? undefined : `item ${bad} has no ${keyField}`;
}

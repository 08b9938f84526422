/** All the text a user sees in replies: message text plus every TextBlock/FactSet of the cards. */
export function visibleText(activities: ReadonlyArray<Record<string, unknown>>): string {
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const obj = node as Record<string, unknown>;
    for (const key of ['text', 'title', 'value', 'label', 'placeholder']) if (typeof obj[key] === 'string') parts.push(obj[key] as string);
    for (const [key, value] of Object.entries(obj)) if (key !== 'fallbackText' && typeof value === 'object') walk(value);
  };
  for (const activity of activities) {
    if (typeof activity.text === 'string') parts.push(activity.text);
    walk(activity.attachments);
    walk(activity.value);
  }
  return parts.join('\n');
}

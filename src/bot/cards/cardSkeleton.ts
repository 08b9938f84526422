/**
 * Card expansion with the data's text left out. Many cards differ only in
 * their words (a company's name, an id in a button's data): expanding the
 * template for each costs a templating pass per card, and a cache of whole
 * expansions misses every time. Here every non-empty string of the data is
 * swapped for a numbered placeholder, the template is expanded once per
 * resulting shape (the "skeleton"), and the strings are put back into the
 * skeleton's JSON text.
 *
 * That gives the same card only if the template never looks inside a
 * string, so only templates whose every binding is a plain path, a test for
 * an empty string or a count of a list are expanded this way
 * (`usesTextOnlyAsIs`); the strings' emptiness, the lists' lengths, numbers
 * and booleans stay in the shape, so every `$when` and `$data` decides as it
 * would on the real data.
 */

/** Private-use characters: never in a template, and only ever written into the skeleton by `splitText`. */
const MARK = '\uE001';
const PLACEHOLDER = /\uE001(\d+)\uE001/g;

/** The bindings such a template may use: `${a.b}`, `${$data}`, `${x != ''}`, `${count(x) > 0}`. */
const PATH = String.raw`\$?[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*`;
const SAFE_BINDING = new RegExp(String.raw`^\$\{(?:${PATH}|${PATH} != ''|count\(${PATH}\) > 0)\}$`);
const BINDING = /\$\{[^}]*\}/g;

/** True when every binding in the template's text only passes data through, or tests emptiness or a count. */
export function usesTextOnlyAsIs(templateText: string): boolean {
  return (templateText.match(BINDING) ?? []).every((binding) => SAFE_BINDING.test(binding));
}

export interface SplitData {
  /** The data with each non-empty string replaced by a placeholder, numbered in the order met. */
  readonly shape: unknown;
  readonly texts: readonly string[];
}

export function splitText(data: unknown): SplitData {
  const texts: string[] = [];
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') {
      if (value === '') return value;
      texts.push(value);
      return `${MARK}${texts.length - 1}${MARK}`;
    }
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object') return value;
    // fromEntries defines each key as a property, so a "__proto__" key stays data.
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item)]));
  };
  return { shape: walk(data), texts };
}

/** The skeleton's JSON text with each placeholder replaced by its string, escaped for JSON. */
export function fillText(skeletonJson: string, texts: readonly string[]): string {
  return skeletonJson.replace(PLACEHOLDER, (_match, index: string) => JSON.stringify(texts[Number(index)]).slice(1, -1));
}

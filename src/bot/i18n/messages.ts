/**
 * Every user-facing string exists in English and Japanese. A feature defines
 * its catalogue once with `defineMessages(en, ja)`; the Japanese catalogue
 * must have exactly the English keys (a compile error otherwise).
 */
import type { Language } from '../../domain/model.js';

export type Params = Readonly<Record<string, string | number>>;
export type Translate<K extends string> = (key: K, params?: Params) => string;

/** A template split at its "{name}" placeholders: text at even indexes, names at odd ones. */
const compiled = new Map<string, readonly string[]>();

function partsOf(template: string): readonly string[] {
  let parts = compiled.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  return parts;
}

/** Fills "{name}" from params; a name params lacks stays as written. Templates (catalogue entries only, so few) are split once. */
function format(template: string, params: Params = {}): string {
  if (!template.includes('{')) return template;
  const parts = partsOf(template);
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    text += (name in params ? String(params[name]) : `{${name}}`) + parts[i + 1]!;
  }
  return text;
}

/**
 * A name filled into a Japanese sentence leaves an ASCII space before the
 * particle ("シルバー コンピテンシー は"); Japanese writes none between a
 * word and its particle. Spaces after Latin words and numbers stay.
 */
export function japaneseSpacing(text: string): string {
  // Both patterns need a space: most sentences have none, and the look-behinds are not cheap.
  if (!text.includes(' ')) return text;
  return text
    .replace(/(?<=[\p{Script=Katakana}\p{Script=Han}ー]) +(?=\p{Script=Hiragana})/gu, '')
    // …and none after a particle before a name ("お持ちの ゴールド"); before a Latin word the space stays ("の MPN").
    .replace(/(?<=\p{Script=Hiragana}) +(?=[\p{Script=Katakana}\p{Script=Han}])/gu, '');
}

export interface MessageCatalog<K extends string> {
  readonly en: Readonly<Record<K, string>>;
  readonly ja: Readonly<Record<K, string>>;
  for(language: Language): Translate<K>;
}

export function defineMessages<K extends string>(en: Record<K, string>, ja: Record<K, string>): MessageCatalog<K> {
  // A message without parameters is the same every time: the Japanese one is tidied once, not per turn.
  const fixedJa = new Map<K, string>();
  const japanese: Translate<K> = (key, params) => {
    if (params !== undefined) return japaneseSpacing(format(ja[key], params));
    let text = fixedJa.get(key);
    if (text === undefined) {
      text = japaneseSpacing(format(ja[key]));
      fixedJa.set(key, text);
    }
    return text;
  };
  const english: Translate<K> = (key, params) => format(en[key], params);
  return { en, ja, for: (language) => (language === 'ja' ? japanese : english) };
}

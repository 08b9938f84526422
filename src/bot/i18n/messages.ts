/**
 * Every user-facing string exists in English and Japanese. A feature defines
 * its catalogue once with `defineMessages(en, ja)`; the Japanese catalogue
 * must have exactly the English keys (a compile error otherwise).
 */
import type { Language } from '../../domain/model.js';

export type Params = Readonly<Record<string, string | number>>;
export type Translate<K extends string> = (key: K, params?: Params) => string;

export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * A name filled into a Japanese sentence leaves an ASCII space before the
 * particle ("シルバー コンピテンシー は"); Japanese writes none between a
 * word and its particle. Spaces after Latin words and numbers stay.
 */
export function japaneseSpacing(text: string): string {
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
  return {
    en,
    ja,
    for: (language) => (key, params) => (language === 'ja' ? japaneseSpacing(format(ja[key], params)) : format(en[key], params)),
  };
}

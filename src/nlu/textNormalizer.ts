/**
 * One normalisation for everything the NLU reads (training utterances, user
 * text, dictionary aliases), so that a full-width "ＡｚｕｒｅＩＤ", a curly
 * apostrophe pasted from a browser, or "アクセス ID" vs "アクセスID" never
 * decide an answer on their own.
 */

/** Kana, kanji and the long-vowel mark: the scripts that make a text Japanese. */
export const JAPANESE_CHAR = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー々〆]/u;

const SPACE_NEXT_TO_JAPANESE =
  /(?<=[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー々〆、。「」『』（）・])\s+|\s+(?=[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー々〆、。「」『』（）・])/gu;

/**
 * NFKC (full-width Latin/digits → ASCII, half-width kana → full-width),
 * lower case, straight quotes, single spaces. Spaces next to Japanese
 * characters are dropped because Japanese writers put them there
 * inconsistently ("アクセス ID", "アクセスID"); spaces between Latin words
 * ("exchange online") are kept.
 */
/**
 * Width folded once, where the turn is read: full-width Latin letters, digits,
 * the marks inside versions and IDs (－ ． ／) and the ideographic space become
 * ASCII, half-width katakana full width. Every later reader (product and
 * version matching, IDs, routing, the text kept in a ticket) sees
 * "SQL Server 2012" however it was typed. Japanese punctuation (？、（）) and
 * other compatibility characters (①, ㈱) stay as typed.
 */
export function foldWidth(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF0D-\uFF0F\u3000\uFF61-\uFF9F]+/g, (run) => run.normalize('NFKC'));
}

export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u2032`´]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(SPACE_NEXT_TO_JAPANESE, '')
    .trim();
}

/** The normalised text with every space removed: for matching Japanese phrases. */
export function compactText(normalized: string): string {
  return normalized.replace(/\s+/g, '');
}

/**
 * Japanese spelling variants of one concept, written to one form for the
 * classifier only (entities and error patterns read the text as typed):
 * partners write アクティベート / アクティベーション / 有効化 as often as the
 * article's アクティブ化, and 紐づけ / ひもづけ as often as 紐付け. Each variant
 * seen only a few times in training would otherwise be a weak, separate
 * token for the tokenizer.
 */
const JAPANESE_VARIANTS: readonly (readonly [RegExp, string])[] = [
  [/アクティベーション|アクティベート|アクティヴェート|有効化/g, 'アクティブ化'],
  [/紐づ|紐ず|ひもづ|ひも付/g, '紐付'],
  // Words written in kanji or in kana by different writers. The word
  // segmenter sees the two spellings as different words (a morphological
  // analyser would have read both to one reading), so they meet here.
  [/出来(?=[るまなたてれず])/g, 'でき'],
  [/下さい/g, 'ください'],
  [/分か(?=[るりらっれ])/g, 'わか'],
  [/頂(?=[けきく])/g, 'いただ'],
  [/宜し/g, 'よろし'],
  [/有り?難う/g, 'ありがとう'],
  [/問い?合わ?せ/g, '問い合わせ'],
];

export function canonicalVariants(normalized: string): string {
  let text = normalized;
  for (const [pattern, canonical] of JAPANESE_VARIANTS) text = text.replace(pattern, canonical);
  return text;
}

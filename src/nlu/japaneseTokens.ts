/**
 * Japanese words for the classifier, from the word segmenter built into
 * Node's ICU. It costs no memory of its own, where a morphological analyser
 * with its dictionaries (kuromoji, what nlp.js ships) adds about 300 MB to
 * the process.
 *
 * ICU splits a verb from its okurigana (使 / って, 言 / われる); it does so
 * the same way in training and at run time, and a kanji stem shared by every
 * form of a verb generalises well. Particles and endings stay: they carry
 * what a sentence asks for (したい / した / できますか), and dropping them
 * cost accuracy when measured. ICU also cuts katakana words it does not know
 * into pieces (クラ / ウド, ポー / タル) while cutting compounds it does know
 * at the right place (ヘルプ / デスク), so a katakana run it split is kept
 * both ways: the pieces, and the run as one word (across a middle dot too:
 * アクション・パック and アクションパック meet).
 */
const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });

/** Particles, endings and the kana fragments ICU cuts from verbs: の, です, たい, って. */
const FUNCTION_WORD = /^\p{Script=Hiragana}{1,2}$/u;

/**
 * Such words help the classifier weigh a sentence but say nothing of its
 * topic: nearly every intent was trained on them. nlp.js answers None when
 * no word of the message was seen in an intent's training, so they must not
 * count there, or every short remark in the chat ("Fabrikam の者です")
 * would reach some intent.
 */
export function isJapaneseFunctionWord(token: string): boolean {
  return FUNCTION_WORD.test(token);
}

const KATAKANA_WORD = /^[\p{Script=Katakana}ー]+$/u;

export function japaneseTokens(text: string): string[] {
  const tokens: string[] = [];
  let katakanaRun: string[] = [];
  const endKatakanaRun = (): void => {
    if (katakanaRun.length > 1) tokens.push(katakanaRun.join(''));
    katakanaRun = [];
  };
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (!isWordLike) {
      if (segment !== '・') endKatakanaRun();
      continue;
    }
    if (KATAKANA_WORD.test(segment)) katakanaRun.push(segment);
    else endKatakanaRun();
    tokens.push(segment);
  }
  endKatakanaRun();
  return tokens;
}

import { describe, expect, it } from '@jest/globals';
import { detectErrorMessage } from '../../src/nlu/errorMessages.js';
import { canonicalVariants, normalizeText } from '../../src/nlu/textNormalizer.js';

describe('canonicalVariants', () => {
  it.each([
    ['特典をアクティベートしたい', '特典をアクティブ化したい'],
    ['有効化の手順', 'アクティブ化の手順'],
    ['アクティベーションの状況', 'アクティブ化の状況'],
    ['契約を紐づけたい', '契約を紐付けたい'],
    ['ひもづけ', '紐付け'],
    ['activate our benefits', 'activate our benefits'],
    ['特典は使えますか、出来ますか', '特典は使えますか、できますか'],
    ['教えて下さい', '教えてください'],
    ['分からない', 'わからない'],
    ['見せて頂けますか', '見せていただけますか'],
    ['宜しくお願いします', 'よろしくお願いします'],
    ['有難うございます', 'ありがとうございます'],
    ['問合せの状況', '問い合わせの状況'],
    ['問い合せ', '問い合わせ'],
    ['出来事', '出来事'],
  ])('%s → %s', (text, expected) => {
    expect(canonicalVariants(normalizeText(text))).toBe(expected);
  });
});

describe('detectErrorMessage: access ID already in use', () => {
  it.each(['アクセス ID がもう使われていると言われる', 'the access id is already used, it says'])('%s', (text) => {
    expect(detectErrorMessage(normalizeText(text))).toEqual({ kind: 'alreadyAssociated', evidence: 'described' });
  });

  it('does not read used-up incidents as the error', () => {
    expect(detectErrorMessage(normalizeText('we already used all our incidents'))).toBeUndefined();
    expect(detectErrorMessage(normalizeText('インシデントはもう使われている'))).toBeUndefined();
  });
});

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

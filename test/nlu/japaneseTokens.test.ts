import { createRequire } from 'node:module';
import { describe, expect, it } from '@jest/globals';
import { isJapaneseFunctionWord, japaneseTokens } from '../../src/nlu/japaneseTokens.js';
import { createNlu } from '../../src/nlu/nluModel.js';

describe('japaneseTokens', () => {
  it('keeps particles and endings, which say what is asked', () => {
    expect(japaneseTokens('特典を有効にしたい')).toEqual(expect.arrayContaining(['特典', 'を', '有効', 'に', 'した']));
  });

  it('keeps a katakana word the segmenter cut into pieces both as pieces and whole', () => {
    const tokens = japaneseTokens('クラウドコンピテンシーのインシデント');
    expect(tokens).toContain('クラウドコンピテンシー');
    expect(tokens.filter((t) => 'クラウドコンピテンシー'.includes(t)).length).toBeGreaterThan(2);
    expect(tokens).toContain('インシデント');
  });

  it('reads a compound with and without a middle dot to the same whole word', () => {
    expect(japaneseTokens('アクション・パック')).toContain('アクションパック');
    expect(japaneseTokens('アクションパック')).toContain('アクションパック');
  });

  it('never joins katakana across punctuation', () => {
    expect(japaneseTokens('ライセンス、サポート')).not.toContain('ライセンスサポート');
  });

  it('has no tokens for punctuation or spaces', () => {
    expect(japaneseTokens('、。！？ ')).toEqual([]);
  });
});

describe('isJapaneseFunctionWord', () => {
  it.each(['の', 'です', 'たい', 'って'])('%s is a function word', (word) => {
    expect(isJapaneseFunctionWord(word)).toBe(true);
  });

  it.each(['特典', '者', 'ありがとう', 'ヘルプ', 'id'])('%s is not', (word) => {
    expect(isJapaneseFunctionWord(word)).toBe(false);
  });
});

describe('Japanese understanding without a dictionary', () => {
  it.each(['Fabrikam の者です', 'はい、そうです', 'Contoso の田中です'])(
    'a remark made only of names and function words (%s) gets no intent',
    async (text) => {
      const nlu = await createNlu();
      expect((await nlu.understand(text, 'ja')).intent).toBe('None');
    },
    60_000,
  );

  it('answers Japanese without loading a morphological dictionary', async () => {
    const nlu = await createNlu();
    const understanding = await nlu.understand('特典を有効にしたいです', 'ja');
    expect(understanding.intent).toBe('activationRequest');
    const loaded = Object.keys(createRequire(import.meta.url).cache);
    expect(loaded.some((file) => file.includes('@nlpjs'))).toBe(true);
    expect(loaded.filter((file) => /kuromoji|lang-ja/.test(file))).toEqual([]);
  }, 60_000);
});

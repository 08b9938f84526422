import { describe, expect, it } from '@jest/globals';
import { detectLanguage } from '../../src/nlu/languageDetector.js';

describe('detectLanguage', () => {
  it.each([
    ['how many incidents do we have left', 'en'],
    ['hi', 'en'],
    ['You are not authorized for this action', 'en'],
    ['特典をアクティブ化して', 'ja'],
    ['こんにちは', 'ja'],
    ['アクセスID', 'ja'],
    ['顧客', 'ja'],
    ['Azure のサポート要求を作りたい', 'ja'],
    ['thanks です', 'ja'],
    ['ＡｚｕｒｅでＯＫ？', 'ja'],
  ] as Array<[string, string]>)('%s → %s', (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it.each([[''], ['   '], ['12345678'], ['?!'], ['👍'], ['1 2 3']])('%j has nothing to go on', (text) => {
    expect(detectLanguage(text)).toBeUndefined();
  });
});

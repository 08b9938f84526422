/**
 * nlp.js memoises every text it classifies and every word it stems and
 * empties them only hourly: the classifier clears them on a count instead, so
 * a stream of questions never asked before cannot grow the process, and a
 * question is classified the same way before and after a clearing.
 */
import { beforeAll, expect, it } from '@jest/globals';
import { NLPJS_MEMO_CLASSIFICATIONS, trainClassifier, type IntentClassifier } from '../../src/nlu/nlpjsEngine.js';

let classifier: IntentClassifier;

beforeAll(async () => {
  classifier = await trainClassifier([
    { language: 'en', intent: 'incidentCount', utterance: 'how many support incidents do we get' },
    { language: 'en', intent: 'incidentCount', utterance: 'number of incidents for a gold partner' },
    { language: 'en', intent: 'activate', utterance: 'please activate our support benefits' },
    { language: 'en', intent: 'activate', utterance: 'turn on the benefits for our company' },
    { language: 'ja', intent: 'incidentCount', utterance: 'インシデント は 何 件 です か' },
    { language: 'ja', intent: 'activate', utterance: '特典 を 有効 に して ください' },
  ]);
});

it('holds at most the texts of its last clearing period, however many new questions arrive', async () => {
  for (let i = 0; i < 2.5 * NLPJS_MEMO_CLASSIFICATIONS; i += 1) {
    await classifier.classify(i % 2 === 0 ? 'en' : 'ja', i % 2 === 0 ? `question ${i} how many incidents word${i}` : `質問 ${i} インシデント`);
  }
  const remembered = classifier.rememberedTexts();
  expect(remembered).toBeGreaterThan(0); // the memo is in use between clearings
  // One domain memo entry and at most one tokenizer entry per classification since the last clearing.
  expect(remembered).toBeLessThanOrEqual(2 * NLPJS_MEMO_CLASSIFICATIONS);
  expect(remembered).toBeLessThan(2.5 * NLPJS_MEMO_CLASSIFICATIONS);
});

it('classifies a question the same way before and after its memo is cleared', async () => {
  const before = await classifier.classify('en', 'how many support incidents do we get');
  expect(before[0]?.intent).toBe('incidentCount');
  for (let i = 0; i < NLPJS_MEMO_CLASSIFICATIONS + 1; i += 1) await classifier.classify('en', `filler question number ${i}`);
  expect(await classifier.classify('en', 'how many support incidents do we get')).toEqual(before);
  expect((await classifier.classify('ja', 'インシデント は 何 件 です か'))[0]?.intent).toBe('incidentCount');
});

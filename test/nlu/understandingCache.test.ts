/**
 * A question asked again is answered from the understanding kept the first
 * time: the same intent and entities, and no turn can change what the next
 * asker gets.
 */
import { beforeAll, expect, it } from '@jest/globals';
import { createNlu, UNDERSTANDING_CACHE, type Nlu } from '../../src/nlu/nluModel.js';

let nlu: Nlu;

beforeAll(async () => {
  nlu = await createNlu();
});

it('understands a repeated question the same way, from the kept understanding', async () => {
  const first = await nlu.understand('How many support incidents does a Gold partner get?', 'en');
  const again = await nlu.understand('How many support incidents does a Gold partner get?', 'en');
  expect(first.intent).not.toBe('None');
  expect(again).toBe(first);
});

it('keeps the understanding out of reach of changes by any one turn', async () => {
  const understood = await nlu.understand('Does a Silver competency include Signature Cloud Support?', 'en');
  expect(() => {
    (understood as { intent: string }).intent = 'greeting';
  }).toThrow(TypeError);
  expect(() => understood.entities.idLikeTokens.push('x')).toThrow(TypeError);
  expect((await nlu.understand('Does a Silver competency include Signature Cloud Support?', 'en')).intent).toBe(understood.intent);
});

it('tells apart the same text with another fallback language, and texts that differ at all', async () => {
  const en = await nlu.understand('12345', 'en');
  const ja = await nlu.understand('12345', 'ja');
  expect(ja).not.toBe(en);
  expect(await nlu.understand('How many support incidents does a Gold partner get', 'en')).not.toBe(await nlu.understand('How many support incidents does a Gold partner get?', 'en'));
});

it('understands a long text afresh each time (long texts are rarely repeated)', async () => {
  const long = `${'Please help. '.repeat(30)}How many incidents does the Action Pack include?`;
  expect(long.length).toBeGreaterThan(UNDERSTANDING_CACHE.maxTextLength);
  const first = await nlu.understand(long, 'en');
  const second = await nlu.understand(long, 'en');
  expect(second).not.toBe(first);
  expect(second).toEqual(first);
});

it('classifies every text afresh when asked not to keep understandings (how the bench times classification)', async () => {
  const afresh = await createNlu({ keepUnderstandings: false });
  const first = await afresh.understand('How many support incidents does a Gold partner get?', 'en');
  const second = await afresh.understand('How many support incidents does a Gold partner get?', 'en');
  expect(second).not.toBe(first);
  expect(second).toEqual(first);
  expect(first).toEqual(await nlu.understand('How many support incidents does a Gold partner get?', 'en'));
});

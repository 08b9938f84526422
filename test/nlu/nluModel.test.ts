import { beforeAll, describe, expect, it } from '@jest/globals';
import { CONFIDENCE_THRESHOLD, createNlu, type Nlu } from '../../src/nlu/nluModel.js';

let nlu: Nlu;

beforeAll(async () => {
  nlu = await createNlu();
}, 60_000);

describe('createNlu', () => {
  it('is memoised per process', async () => {
    expect(await createNlu()).toBe(nlu);
  });
});

describe('understand', () => {
  it.each([
    ['You are not authorized for this action', 'errorNotAuthorized'],
    ['I click Technical benefits and get: You are not authorized for this action.', 'errorNotAuthorized'],
    ['このアクションを実行する権限がありません', 'errorNotAuthorized'],
    ["Looks like you don't have any benefits yet", 'errorNoBenefits'],
    ['まだ特典がないようです', 'errorNoBenefits'],
    [
      'This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID',
      'errorAlreadyAssociated',
    ],
    [
      'このアクセス ID は既にアカウントに関連付けられています。新しいアクセス ID を取得するには、テクニカル アカウント マネージャーに問い合わせてください',
      'errorAlreadyAssociated',
    ],
  ] as Array<[string, string]>)('a pasted error wins: %s', async (text, intent) => {
    const result = await nlu.understand(text, 'en');
    expect(result.intent).toBe(intent);
    expect(result.score).toBeGreaterThanOrEqual(0.95);
  });

  it.each([
    ['activate our support benefits', 'activationRequest'],
    ['特典をアクティブ化して', 'activationRequest'],
    ['link my contract', 'linkContract'],
    ['Azure says my access id is already associated', 'errorAlreadyAssociated'],
    ['I need to open an Azure ticket for my customer Adventure Works', 'cspServiceRequest'],
    ['顧客の Microsoft 365 のサポート要求を作りたい', 'cspServiceRequest'],
  ] as Array<[string, string]>)('the examples from the brief: %s → %s', async (text, intent) => {
    expect((await nlu.understand(text, 'en')).intent).toBe(intent);
  });

  it.each([
    ['where do I open an on-premises support case?', 'onPremRequestHowTo'],
    ['how do admin agents open requests for customers?', 'cspServiceRequest'],
    ['サポート特典のリンク方法を教えて', 'cloudRequestHowTo'],
    ['シルバーのクラウドサポートは何件ですか', 'entitlementCloud'],
    ['how many cloud support incidents does silver get', 'entitlementCloud'],
    ['Do the incidents from Gold and Silver add up?', 'entitlementIncidents'],
  ] as Array<[string, string]>)('phrasings from the partner probe: %s → %s', async (text, intent) => {
    expect((await nlu.understand(text, 'en')).intent).toBe(intent);
  });

  it('answers an offer question with one of the two offer intents', async () => {
    const result = await nlu.understand('What support benefits come with Silver?', 'en');
    expect(['entitlementIncidents', 'entitlementCloud', 'myBenefits']).toContain(result.intent);
  });

  it('reports language and entities with the intent', async () => {
    const result = await nlu.understand('ゴールドの Azure サポートは無制限ですか', 'en');
    expect(result.language).toBe('ja');
    expect(result.entities).toMatchObject({ offerLevel: 'gold', product: 'azure', productKind: 'cloud' });
  });

  it('uses the fallback language when the text has no letters, and answers None', async () => {
    const result = await nlu.understand('12345678', 'ja');
    expect(result.language).toBeUndefined();
    expect(result.intent).toBe('None');
    expect(result.entities.idLikeTokens).toEqual(['12345678']);
  });

  it.each([['asdfgh qwerty'], ['the weather in paris'], ['']])('answers None for %j', async (text) => {
    expect((await nlu.understand(text, 'en')).intent).toBe('None');
  });

  it('a pasted ID does not change the answer', async () => {
    const plain = await nlu.understand('link my contract', 'en');
    const withIds = await nlu.understand('link my contract 7F3A9C21B4E6D8F0 1234567890', 'en');
    expect(withIds.intent).toBe(plain.intent);
    expect(withIds.entities.idLikeTokens).toEqual(['7F3A9C21B4E6D8F0', '1234567890']);
  });

  it('offers at most three alternatives, never the chosen intent, best first', async () => {
    const result = await nlu.understand('activation', 'en');
    expect(result.alternatives.length).toBeLessThanOrEqual(3);
    expect(result.alternatives.map((a) => a.intent)).not.toContain(result.intent);
    const scores = result.alternatives.map((a) => a.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('keeps scores in 0..1 and None below the threshold', async () => {
    for (const text of ['hi', 'how many incidents left', 'xyz']) {
      const result = await nlu.understand(text, 'en');
      expect(result.score).toBeGreaterThanOrEqual(0);
      expect(result.score).toBeLessThanOrEqual(1);
      if (result.intent === 'None') expect(result.score).toBeLessThan(CONFIDENCE_THRESHOLD);
      else expect(result.score).toBeGreaterThanOrEqual(CONFIDENCE_THRESHOLD);
    }
  });
});

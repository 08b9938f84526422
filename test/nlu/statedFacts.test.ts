/** Facts a user states (offers compared, moved between or held; the "already associated" case; uncovered asks). */
import { extractEntities } from '../../src/nlu/entityExtractor.js';

describe('offers named together', () => {
  it.each([
    ['What is the difference between Silver and Gold?', ['silver', 'gold'], 'compare', 'silver'],
    ['シルバーとゴールドの違いは？', ['silver', 'gold'], 'compare', 'silver'],
    ['If we move from Silver to Gold, how many incidents?', ['silver', 'gold'], 'change', 'gold'],
    ['If we were Gold instead of Silver?', ['gold', 'silver'], 'change', 'gold'],
    ['シルバーではなくゴールドだったら何件？', ['silver', 'gold'], 'change', 'gold'],
    ['We hold Action Pack and Silver, how many in total?', ['actionPack', 'silver'], 'combined', 'actionPack'],
    ['Action Pack とシルバーの両方を持っています', ['actionPack', 'silver'], 'combined', 'actionPack'],
  ])('%s', (text, levels, relation, level) => {
    const entities = extractEntities(text);
    expect({ levels: entities.offerLevels, relation: entities.offerRelation, level: entities.offerLevel }).toEqual({ levels, relation, level });
  });

  it('reads misspelt and half-width offer names', () => {
    expect(extractEntities('silvr cloud suport').offerLevel).toBe('silver');
    expect(extractEntities('ｼﾙﾊﾞｰ ｲﾝｼﾃﾞﾝﾄ').offerLevel).toBe('silver');
  });
});

describe('the "already associated" case the user describes', () => {
  it.each([
    ['Our 5pack has no incidents left and Azure says already associated', 'usedUp'],
    ['The contract expired and relinking says already associated', 'expired'],
    ['I already added the contract in Support for Business, then Azure said already associated', 'alreadyAdded'],
    ['5pack を使い切っていて既に関連付けられていると出ます', 'usedUp'],
    ['契約の有効期限が切れています', 'expired'],
    ['ビジネス向けサポートで追加済みです', 'alreadyAdded'],
    ['Azure says my Access ID is already associated', undefined],
  ])('%s', (text, expected) => {
    expect(extractEntities(text).contractCase).toBe(expected);
  });
});

describe('questions the program does not answer', () => {
  it.each([
    ['What is the phone number of partner support?', 'contact'],
    ['How much does Premier cost?', 'price'],
    ['Do unused incidents roll over?', 'carryOver'],
    ['Is support available on weekends?', 'hours'],
    ['パートナー向け Premier サポートの料金は？', 'price'],
    ['土日も対応してもらえますか', 'hours'],
    ['日本語でサポートを受けられますか', 'language'],
  ])('%s', (text, aspect) => {
    expect(extractEntities(text).uncovered).toBe(aspect);
  });

  it.each([
    'How long does activation take?',
    'How many incidents does Gold get?',
    'If we become Gold, do we get unlimited cloud support?',
    'アクティブ化にはどのくらいかかりますか',
    'Where do I open an on-premises request?',
  ])('leaves covered questions alone: %s', (text) => {
    expect(extractEntities(text).uncovered).toBeUndefined();
  });
});

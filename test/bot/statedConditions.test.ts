/**
 * What a question states around its real ask: a pack that is used up and
 * "can we still…", activation named only as a condition, offers held
 * together without asking whether they add up, and partner benefits that are
 * not technical support. Each is answered for what was asked, and the
 * neighbouring plain question keeps its own answer.
 */
import { createEvaluationBot } from '../../src/bot/evaluation/independentRun.js';
import { judgeReply } from '../../src/bot/evaluation/replyVerdict.js';
import type { Language } from '../../src/domain/model.js';

let ask: (as: string, text: string, language: Language) => Promise<string>;
beforeAll(async () => {
  ({ ask } = await createEvaluationBot());
}, 120_000);

const notCovered = (visible: string, language: Language): boolean =>
  judgeReply({ id: 't', kind: 'notCovered', as: 'stranger', q: '', expect: 'notCovered', facts: [] }, visible, language) === 'right';

describe('a used-up pack, asked whether anything still works', () => {
  it.each<[Language, string, string]>([
    ['en', 'The 10pack got used up last month. Can we still raise cloud tickets?', 'Premier Support for Partners'],
    ['ja', '10pack を使い切ってしまいました。まだクラウドの要求は出せますか', 'パートナー向けの Premier サポート'],
  ])('%s: %s → the paid plans', async (language, question, plan) => {
    expect(await ask('stranger', question, language)).toContain(plan);
  });
});

describe('activation named as a condition', () => {
  it.each<[Language, string, string]>([
    ['en', 'When activation completes, how many incidents will our Gold give us?', '20'],
    ['en', 'Once the activation is done, is cloud support unlimited for our Gold?', 'unlimited'],
    ['ja', 'アクティブ化が完了したら、ゴールドのインシデントは何件ですか', '20'],
    ['ja', '有効化が終わったらゴールドでクラウドのインシデントは何件使えますか', '無制限'],
  ])('%s: %s → the offer’s figure', async (language, question, figure) => {
    expect(await ask('heidi', question, language)).toContain(figure);
  });

  it('asking whether activation has finished still gets the status', async () => {
    expect(await ask('heidi', 'Has our activation finished yet?', 'en')).toContain('being processed');
  });
});

describe('how long after pressing Activate', () => {
  it('is the activation’s processing time', async () => {
    expect(await ask('stranger', 'How long after clicking Activate until we can use our benefit?', 'en')).toContain('few days');
    expect(await ask('stranger', 'Activate を押してから特典を使えるまでどのくらいかかりますか', 'ja')).toContain('数日');
  });

  it.each(['How long does the benefit stay linked to my account?', 'How long is the benefit valid after activation?'])('%s keeps how long a benefit stays linked', async (question) => {
    expect(await ask('stranger', question, 'en')).toMatch(/until it expires/);
  });
});

describe('offers stated in the question, alone or held together', () => {
  it.each<[Language, string, string]>([
    ['en', 'We hold Silver in Cloud Productivity and the Action Pack too. Is Azure support included?', 'unlimited'],
    ['ja', 'ゴールドのクラウド プラットフォームとシルバーを持っています。クラウドサポートはありますか', '無制限'],
    ['en', "We're Silver in Security. What cloud support do we have?", 'unlimited'],
    ['en', 'We are Gold in Data Analytics. How many incidents?', '20'],
    ['en', 'Our Gold is in Cloud Platform. How many cloud incidents, and how many on-premises incidents do we get?', 'unlimited'],
  ])('%s: %s → the highest offer’s answer, first', async (language, question, fact) => {
    const [summary] = (await ask('stranger', question, language)).split('\n');
    expect(summary).toContain(fact);
  });

  it('asking what is left still gets the company’s balance', async () => {
    expect(await ask('alice', 'We are Gold. How many incidents do we have left?', 'en')).toContain('12');
  });

  it('asking whether they add up still gets the combination policy', async () => {
    expect(await ask('stranger', 'Do Action Pack and Silver incidents add up?', 'en')).toContain('do not add up');
  });
});

describe('partner benefits that are not technical support', () => {
  it.each<[Language, string]>([
    ['en', 'Does Gold come with internal-use software licenses?'],
    ['en', 'Do we get Azure credits as a Silver partner?'],
    ['ja', 'Azure クレジットはもらえますか'],
    ['ja', 'シルバーだと社内使用権はありますか'],
  ])('%s: %s → the rules don’t say', async (language, question) => {
    expect(notCovered(await ask('stranger', question, language), language)).toBe(true);
  });

  it('a licensing question as a support case keeps its own answer', async () => {
    expect(notCovered(await ask('stranger', 'can i use an incident for a licensing question', 'en'), 'en')).toBe(false);
  });
});

/**
 * Incidents that ran out, asked "what can we do", is answered with the paid
 * plans (the article: a new support plan must be bought), in either language;
 * a question that only states the count, or pastes the portal's error, keeps
 * its own answer.
 */
import { createEvaluationBot } from '../../src/bot/evaluation/independentRun.js';
import type { Language } from '../../src/domain/model.js';

let ask: (as: string, text: string, language: Language) => Promise<string>;
beforeAll(async () => {
  ({ ask } = await createEvaluationBot());
}, 120_000);

/** The paid plans by the names the program (and its Japanese article) gives them. */
const PLANS: Readonly<Record<Language, readonly string[]>> = {
  en: ['Premier Support for Partners', 'Advanced Support for Partners'],
  ja: ['パートナー向けの Premier サポート', 'パートナー向けの高度なサポート'],
};

describe('ran out of incidents, what now', () => {
  it.each<[Language, string]>([
    ['en', 'We ran out of incidents. What are our options?'],
    ['en', 'what should we do when there are no incidents left?'],
    ['ja', 'インシデントを使い切ったらどうすればいいですか'],
    ['ja', 'インシデントが残っていない場合の選択肢は？'],
  ])('%s: %s → the paid plans', async (language, question) => {
    const visible = await ask('stranger', question, language);
    for (const plan of PLANS[language]) expect(visible).toContain(plan);
  });

  it('"how many incidents do we have left?" still gets the count', async () => {
    expect(await ask('alice', 'how many incidents do we have left?', 'en')).toContain('12 of 20');
  });
});

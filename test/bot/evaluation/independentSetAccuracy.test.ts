/**
 * The independent and blind question sets through the real bot turn
 * (TestAdapter, real services, demo directory). A reply is right, honest (a
 * clarifying question or "the program's rules don't say") or confidently wrong.
 */
import { createEvaluationBot, scoreIndependentSet, type IndependentScore } from '../../../src/bot/evaluation/independentRun.js';
import { loadIndependentSet, type QuestionSet } from '../../../src/bot/evaluation/independentSet.js';
import type { Language } from '../../../src/domain/model.js';

const scores = new Map<string, IndependentScore>();
const CASES = [
  ['independent', 'en'],
  ['independent', 'ja'],
  ['blind', 'en'],
  ['blind', 'ja'],
] as const satisfies ReadonlyArray<readonly [QuestionSet, Language]>;

beforeAll(async () => {
  const bot = await createEvaluationBot();
  for (const [set, language] of CASES) scores.set(`${set}/${language}`, await scoreIndependentSet(language, bot.ask, set));
}, 240_000);

describe.each(CASES)('%s set (%s)', (set, language) => {
  it('has at least 60 questions: a quarter compound, a sixth terse, a sixth not covered', () => {
    const questions = loadIndependentSet(language, set);
    const count = (kind: string): number => questions.filter((q) => q.kind === kind).length;
    expect(questions.length).toBeGreaterThanOrEqual(60);
    expect(count('compound') / questions.length).toBeGreaterThanOrEqual(0.25);
    expect(count('terse') / questions.length).toBeGreaterThanOrEqual(1 / 6);
    expect(count('notCovered') / questions.length).toBeGreaterThanOrEqual(1 / 6);
  });

  it('puts every question through the bot and gets a visible reply', () => {
    const score = scores.get(`${set}/${language}`)!;
    expect(score.results.filter((r) => r.visible.trim() === '').map((r) => r.question.id)).toEqual([]);
  });

  it('is right or honest on at least 95 % and confidently wrong on at most 1 %', () => {
    const score = scores.get(`${set}/${language}`)!;
    const wrong = score.results.filter((r) => r.verdict === 'wrong').map((r) => `${r.question.id} ${r.question.q}\n  → ${r.visible.slice(0, 300).replace(/\n/g, ' | ')}`);
    expect({ rightOrHonest: score.rightOrHonest >= 0.95, confidentlyWrong: score.confidentlyWrong <= 0.01, wrong }).toEqual({ rightOrHonest: true, confidentlyWrong: true, wrong: [] });
  });
});

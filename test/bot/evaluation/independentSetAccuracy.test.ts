/**
 * The independent question set through the real bot turn (TestAdapter, real
 * services, demo directory). A reply is right, honest (a clarifying question
 * or "the program's rules don't say") or confidently wrong.
 */
import { createEvaluationBot, scoreIndependentSet, type IndependentScore } from '../../../src/bot/evaluation/independentRun.js';
import { loadIndependentSet } from '../../../src/bot/evaluation/independentSet.js';
import type { Language } from '../../../src/domain/model.js';

const scores = new Map<Language, IndependentScore>();

beforeAll(async () => {
  const bot = await createEvaluationBot();
  for (const language of ['en', 'ja'] as const) scores.set(language, await scoreIndependentSet(language, bot.ask));
}, 120_000);

describe.each(['en', 'ja'] as const)('independent set (%s)', (language) => {
  it('has at least 60 questions: a quarter compound, a sixth terse, a sixth not covered', () => {
    const set = loadIndependentSet(language);
    const count = (kind: string): number => set.filter((q) => q.kind === kind).length;
    expect(set.length).toBeGreaterThanOrEqual(60);
    expect(count('compound') / set.length).toBeGreaterThanOrEqual(0.25);
    expect(count('terse') / set.length).toBeGreaterThanOrEqual(1 / 6);
    expect(count('notCovered') / set.length).toBeGreaterThanOrEqual(1 / 6);
  });

  it('is right or honest on at least 95 % and confidently wrong on at most 1 %', () => {
    const score = scores.get(language)!;
    const wrong = score.results.filter((r) => r.verdict === 'wrong').map((r) => `${r.question.id} ${r.question.q}\n  → ${r.visible.slice(0, 300).replace(/\n/g, ' | ')}`);
    expect({ rightOrHonest: score.rightOrHonest >= 0.95, confidentlyWrong: score.confidentlyWrong <= 0.01, wrong }).toEqual({ rightOrHonest: true, confidentlyWrong: true, wrong: [] });
  });
});

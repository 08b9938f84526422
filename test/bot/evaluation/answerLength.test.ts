/**
 * A general answer reads short: the median visible length (message text and
 * card, "Why?" closed) of the independent set's answers to someone not in the
 * directory stays under half of what it was before answers stopped
 * repeating themselves.
 */
import { medianVisibleLength, VISIBLE_LENGTH_BEFORE } from '../../../src/bot/evaluation/answerLength.js';
import { createEvaluationBot } from '../../../src/bot/evaluation/independentRun.js';
import type { Language } from '../../../src/domain/model.js';

const medians = new Map<Language, number>();
beforeAll(async () => {
  const bot = await createEvaluationBot();
  for (const language of ['en', 'ja'] as const) medians.set(language, (await medianVisibleLength(language, bot.ask)).median);
}, 120_000);

describe.each(['en', 'ja'] as const)('general answers (%s)', (language) => {
  it('have a median visible length under half of the figure before', () => {
    const share = medians.get(language)! / VISIBLE_LENGTH_BEFORE[language];
    expect({ median: medians.get(language), share: Math.round(share * 100) / 100, underHalf: share < 0.5 }).toEqual(expect.objectContaining({ underHalf: true }));
  });
});

/**
 * Language understanding figures: the held-out and paraphrase evaluations the
 * accuracy tests use, and the independent and blind question sets through the
 * whole bot turn, in this process.
 */
import { createEvaluationBot, scoreIndependentSet } from '../src/bot/evaluation/independentRun.js';
import { evaluateHeldOut, type HeldOutEvaluation } from '../src/nlu/evaluateHeldOut.js';
import { createNlu } from '../src/nlu/nluModel.js';
import type { IndependentFigures, NluFigures, NluLanguageFigures } from './report.js';

function figuresOf(evaluation: HeldOutEvaluation): Record<string, NluLanguageFigures> {
  const perLanguage: Record<string, NluLanguageFigures> = {};
  for (const [language, e] of Object.entries(evaluation.perLanguage)) {
    perLanguage[language] = { total: e.total, accuracy: e.accuracy, confidentWrong: e.confidentWrong, msPerUtterance: e.meanMillisPerUtterance };
  }
  return perLanguage;
}

export async function measureNlu(): Promise<NluFigures> {
  // Every utterance classified afresh: kept understandings would make the second pass a lookup.
  const nlu = await createNlu({ keepUnderstandings: false });
  // One untimed pass so the figures are steady-state, not first-call JIT.
  await evaluateHeldOut(nlu);
  const evaluation = await evaluateHeldOut(nlu);
  const paraphrases = await evaluateHeldOut(nlu, undefined, 'paraphrases');
  const bot = await createEvaluationBot();
  const independent: Record<string, IndependentFigures> = {};
  const blind: Record<string, IndependentFigures> = {};
  for (const language of ['en', 'ja'] as const) {
    for (const [set, figures] of [['independent', independent], ['blind', blind]] as const) {
      const score = await scoreIndependentSet(language, bot.ask, set);
      figures[language] = { total: score.total, rightOrHonest: score.rightOrHonest, right: score.right, confidentlyWrong: score.confidentlyWrong };
    }
  }
  return { perLanguage: figuresOf(evaluation), confidentWrong: evaluation.confidentWrong, paraphrases: figuresOf(paraphrases), independent, blind };
}

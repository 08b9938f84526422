/** Language understanding figures: the held-out evaluation the accuracy test uses, in this process. */
import { evaluateHeldOut } from '../src/nlu/evaluateHeldOut.js';
import { createNlu } from '../src/nlu/nluModel.js';
import type { NluFigures } from './report.js';

export async function measureNlu(): Promise<NluFigures> {
  const nlu = await createNlu();
  // One untimed pass so the figures are steady-state, not first-call JIT.
  await evaluateHeldOut(nlu);
  const evaluation = await evaluateHeldOut(nlu);
  const perLanguage: Record<string, NluFigures['perLanguage'][string]> = {};
  for (const [language, e] of Object.entries(evaluation.perLanguage)) {
    perLanguage[language] = { total: e.total, accuracy: e.accuracy, confidentWrong: e.confidentWrong, msPerUtterance: e.meanMillisPerUtterance };
  }
  return { perLanguage, confidentWrong: evaluation.confidentWrong };
}

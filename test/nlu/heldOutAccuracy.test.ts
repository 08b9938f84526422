import { beforeAll, describe, expect, it } from '@jest/globals';
import { evaluateHeldOut, sweepThresholds, type HeldOutEvaluation } from '../../src/nlu/evaluateHeldOut.js';
import { CONFIDENCE_THRESHOLD, createNlu, type Nlu } from '../../src/nlu/nluModel.js';

let nlu: Nlu;
let evaluation: HeldOutEvaluation;

beforeAll(async () => {
  nlu = await createNlu();
  evaluation = await evaluateHeldOut(nlu);
}, 120_000);

describe('held-out split', () => {
  it.each(['en', 'ja'] as const)('%s: accuracy ≥ 90% and confidently wrong ≤ 2%', (language) => {
    const result = evaluation.perLanguage[language];
    expect(result.total).toBeGreaterThan(250);
    expect(result.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(result.confidentWrong).toBeLessThanOrEqual(0.02);
    expect(result.meanMillisPerUtterance).toBeGreaterThan(0);
  });

  it('overall confidently wrong ≤ 2%', () => {
    expect(evaluation.confidentWrong).toBeLessThanOrEqual(0.02);
  });

  it('the threshold keeps confident mistakes within the 1% target', async () => {
    const [point] = await sweepThresholds(nlu, [CONFIDENCE_THRESHOLD]);
    expect(point?.perLanguage.en.confidentWrong).toBeLessThanOrEqual(0.01);
    expect(point?.perLanguage.ja.confidentWrong).toBeLessThanOrEqual(0.01);
  });
});

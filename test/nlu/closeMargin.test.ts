/**
 * The close-call margin per language still does what its calibration chose
 * it for, on the sets the model never trains on (held-out split and
 * paraphrases): no other margin from 0 to 0.30 that stays within the budget
 * of right answers turned into questions gives fewer confidently wrong
 * answers, the margin itself stays within that budget, and no equally safe
 * margin asks about fewer right answers. The replay the
 * sweep uses agrees with the live answers at the margin in use.
 */
import { evaluateHeldOut } from '../../src/nlu/evaluateHeldOut.js';
import { combinePoints, RIGHT_ASKED_BUDGET, sweepMargins, type MarginPoint } from '../../src/nlu/marginSweep.js';
import { CLOSE_MARGIN, createNlu, type Nlu } from '../../src/nlu/nluModel.js';

const GRID = Array.from({ length: 31 }, (_, i) => i / 100);
let nlu: Nlu;
let points: MarginPoint[];
beforeAll(async () => {
  nlu = await createNlu();
  const margins = [...new Set([...GRID, CLOSE_MARGIN.en, CLOSE_MARGIN.ja])].sort((a, b) => a - b);
  points = combinePoints(await sweepMargins(nlu, margins, 'heldOut'), await sweepMargins(nlu, margins, 'paraphrases'));
}, 180_000);

describe.each(['en', 'ja'] as const)('close-call margin (%s)', (language) => {
  it('no affordable margin gives fewer confidently wrong answers, and it is affordable itself', () => {
    const at = (margin: number) => points.find((p) => p.margin === margin)!.perLanguage[language];
    const chosen = at(CLOSE_MARGIN[language]);
    const affordable = GRID.map(at).filter((r) => r.rightAsked <= RIGHT_ASKED_BUDGET * r.total);
    expect(chosen.rightAsked).toBeLessThanOrEqual(RIGHT_ASKED_BUDGET * chosen.total);
    expect(chosen.confidentlyWrong).toBe(Math.min(...affordable.map((r) => r.confidentlyWrong)));
    // And it asks about no more right answers than an equally safe margin would.
    const equallySafe = affordable.filter((r) => r.confidentlyWrong === chosen.confidentlyWrong);
    expect(chosen.rightAsked).toBe(Math.min(...equallySafe.map((r) => r.rightAsked)));
  });

  it('the replay agrees with the live answers at the margin in use', async () => {
    const live = await evaluateHeldOut(nlu, undefined, 'paraphrases');
    const replayed = (await sweepMargins(nlu, [CLOSE_MARGIN[language]], 'paraphrases'))[0]!.perLanguage[language];
    expect(replayed.confidentlyWrong).toBe(Math.round(live.perLanguage[language].confidentWrong * live.perLanguage[language].total));
  });
});

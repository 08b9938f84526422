import { beforeAll, describe, expect, it } from '@jest/globals';
import { evaluateOutOfDomain } from '../../src/nlu/evaluateHeldOut.js';
import { createNlu, type Nlu } from '../../src/nlu/nluModel.js';

let nlu: Nlu;

beforeAll(async () => {
  nlu = await createNlu();
}, 60_000);

describe('out-of-domain held-out messages', () => {
  it('are mostly answered None rather than with a made-up intent', async () => {
    const answered = await evaluateOutOfDomain(nlu);
    expect(answered.en).toBeLessThanOrEqual(0.3);
    expect(answered.ja).toBeLessThanOrEqual(0.3);
  });
});

/**
 * Every linking reply renders with the real templates and parses cleanly
 * with the Adaptive Cards library: the ID card, each link outcome and each
 * diagnosis scenario, in both languages.
 */
import { fileURLToPath } from 'node:url';
import { CardRenderer } from '../../../src/bot/cards/cardRenderer.js';
import { diagnosisReply } from '../../../src/bot/features/linking/diagnosisReplies.js';
import { outcomeReply } from '../../../src/bot/features/linking/outcomeReplies.js';
import { chooseSupportReply, generalStepsReply, idsCardReply } from '../../../src/bot/features/linking/walkThroughReplies.js';
import { type ProgramData } from '../../../src/domain/entitlement/index.js';
import { LINK_OUTCOMES, SCENARIOS } from '../../../src/domain/linking/index.js';
import type { Language } from '../../../src/domain/model.js';
import type { Reply } from '../../../src/bot/reply.js';
import { buildDemoData } from '../../../src/storage/index.js';
import { adaptiveCardProblems } from '../../helpers/adaptiveCardValidator.js';
import { loadProgramData } from '../../../src/ruleLoading/index.js';

const renderer = new CardRenderer();
const demo = buildDemoData('2026-11-24');
const contoso = demo.companies.find((c) => c.tenantId === 'tenant-contoso')!;
const alice = demo.people.find((p) => p.aadObjectId === 'aad-alice')!;
const fivePack = demo.contracts.find((c) => c.cloudPackage === '5pack')!;
let program: ProgramData;
beforeAll(async () => {
  program = await loadProgramData(fileURLToPath(new URL('../../../src/rules/program.json', import.meta.url)));
});

function expectRenders(reply: Reply): void {
  expect(reply.card).toBeDefined();
  const { content } = renderer.render(reply.card!.name, reply.card!.data);
  expect(adaptiveCardProblems(content)).toEqual([]);
  expect(JSON.stringify(content)).not.toContain('${');
}

const languages: Language[] = ['en', 'ja'];

describe.each(languages)('linking cards render (%s)', (language) => {
  it.each([true, false])('the walk-through cards (1:1 chat: %s)', (personalChat) => {
    expectRenders(chooseSupportReply(language, personalChat));
    expectRenders(generalStepsReply(program, language));
    expectRenders(idsCardReply(program, contoso, 'onPremises', language, personalChat));
    expectRenders(idsCardReply(program, contoso, 'cloud', language, personalChat));
  });

  it.each(LINK_OUTCOMES)('link outcome %s', (code) => {
    const withContract = code !== 'badFormat' && code !== 'notFound' && code !== 'noCloudSupport';
    const outcome = { code, support: 'cloud' as const, rules: ['some-rule'], saved: false, ...(withContract ? { contract: fivePack, otherPeople: ['Alice Chen'] } : {}) };
    expectRenders(outcomeReply(outcome, { company: contoso, language, personalChat: false }, program));
  });

  it.each(SCENARIOS)('diagnosis scenario %s', (scenario) => {
    const diagnosis = { scenario, rules: ['some-rule'], pastedIdsUnknown: false, contract: fivePack, ...(scenario === 'B' ? { reason: 'usedUp' as const } : {}) };
    expectRenders(diagnosisReply(diagnosis, { known: true, person: alice, company: contoso }, language, true, program));
  });
});

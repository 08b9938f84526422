/**
 * A benefit is data: "Advisory hours" declared in program.json and granted
 * by an extra rule file is answered through the real turn (botbuilder's
 * TestAdapter, the real handler and router, the in-memory store with the demo
 * directory) in both languages, with no code change, no corpus line and no
 * retraining. Expected sentences come from the catalogue, filled with the
 * names from the data.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { dataBenefitMessages } from '../../../src/bot/features/knowledge/messages/dataBenefitMessages.js';
import type { BotServices } from '../../../src/bot/botServices.js';
import type { SupportBot } from '../../../src/bot/supportBot.js';
import { buildBenefitsView } from '../../../src/tab/benefitsView.js';
import { loadRules } from '../../../src/ruleLoading/index.js';
import { EntitlementService, parseProgramData, type ProgramData } from '../../../src/domain/entitlement/index.js';
import { RuleEngine } from '../../../src/domain/ruleEngine/index.js';
import { botWithExtraRules, rulesFolderWith, type BotWithExtraRules } from '../../helpers/botWithExtraRules.js';
import { askInProcess } from '../../helpers/askInProcess.js';
import { personas, type Persona } from '../../helpers/personas.js';
import { program } from '../../helpers/program.js';

const advisoryHours = {
  names: { en: 'Advisory hours', ja: 'アドバイザリー時間' },
  unit: { en: 'hours', ja: '時間' },
};

/** The extra rule file: Gold grants 20 advisory hours, no other offer any. */
const advisoryRules = {
  ruleSets: {
    entitlements: [
      {
        name: 'gold-advisoryHours',
        conditions: { all: [{ fact: 'offerLevel', operator: 'equal', value: 'gold' }] },
        event: { type: 'benefit', params: { benefit: 'advisoryHours', amount: 20 } },
      },
    ],
  },
};

let built: BotWithExtraRules;
let bot: SupportBot;
let services: BotServices;

beforeAll(async () => {
  built = await botWithExtraRules({
    editProgram: (program) => {
      program.benefits!.advisoryHours = advisoryHours;
    },
    files: { 'entitlements-advisory.json': advisoryRules },
  });
  ({ bot, services } = built);
});

afterAll(() => built.dispose());

const ask = (persona: Persona, text: string, locale?: string) => askInProcess(bot, persona, text, locale);

const gold = { en: program.offer('gold').names.en, ja: program.offer('gold').names.ja };
const silver = { en: program.offer('silver').names.en, ja: program.offer('silver').names.ja };

describe('a benefit added as data (program.json + an extra rule file)', () => {
  it.each([
    ['en', 'does Gold include advisory hours?', 'en-US'],
    ['ja', 'ゴールドにはアドバイザリー時間は含まれますか？', 'ja-JP'],
  ] as const)('answers "does Gold include it?" with the figure (%s)', async (language, question, locale) => {
    const reply = await ask(personas.stranger, question, locale);
    const amount = language === 'en' ? '20 hours' : '20 時間';
    expect(reply.text).toBe(dataBenefitMessages.for(language)('offerIncludes', { offer: gold[language], benefit: advisoryHours.names[language], amount }));
    expect(reply.visible).toContain(advisoryHours.names[language]);
  });

  it.each([
    ['en', 'is there any advisory hours with Silver?', 'en-US'],
    ['ja', 'シルバーのアドバイザリー時間は？', 'ja-JP'],
  ] as const)('says an offer without it does not include it (%s)', async (language, question, locale) => {
    const reply = await ask(personas.stranger, question, locale);
    expect(reply.text).toBe(dataBenefitMessages.for(language)('offerLacks', { offer: silver[language], benefit: advisoryHours.names[language] }));
  });

  it('gives a known asker their company’s figure and the offer that sets it', async () => {
    const reply = await ask(personas.alice, 'how many advisory hours do we have?');
    expect(reply.text).toContain('20 hours');
    expect(reply.text).toContain('Contoso');
    expect(reply.text).toContain(gold.en);
  });

  it('lists it per offer when no offer is named and the asker is unknown', async () => {
    const reply = await ask(personas.stranger, 'アドバイザリー時間について教えて', 'ja-JP');
    expect(reply.text).toContain(`${gold.ja}: 20 時間`);
    expect(reply.text).toContain(`${silver.ja}: 含まれません`);
  });

  it('joins the entitlement table and the personal overview', async () => {
    const table = await ask(personas.stranger, 'how many incidents does Gold get?');
    expect(table.visible).toContain('Advisory hours');
    expect(table.visible).toContain('20 hours');
    const mine = await ask(personas.alice, 'what benefits do we have?');
    expect(mine.text).toContain('Advisory hours: 20 hours');
  });

  it('shows on the tab among what the offers include', async () => {
    const alice = await services.repos.directory.findPerson(personas.alice.tenantId, personas.alice.aadObjectId);
    const view = await buildBenefitsView(services, alice!, 'ja');
    expect(view?.included).toContainEqual({ label: 'アドバイザリー時間', value: '20 時間' });
  });
});

describe('benefit rules are checked against program.json at start-up', () => {
  const engineWith = async (extra: object): Promise<{ engine: RuleEngine; programWith: ProgramData }> => {
    const dir = await rulesFolderWith({
      editProgram: (program) => {
        program.benefits!.advisoryHours = advisoryHours;
      },
      files: { 'entitlements-advisory.json': extra },
    });
    try {
      return { engine: new RuleEngine(await loadRules(dir)), programWith: parseProgramData('program.json', await readFile(join(dir, 'program.json'), 'utf8')) };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };

  it('refuses a benefit the program does not declare', async () => {
    const { engine } = await engineWith(advisoryRules);
    // The shipped program.json does not declare advisoryHours.
    expect(() => EntitlementService.create(engine, program)).toThrow(/"benefit" must be a benefit program.json declares, found "advisoryHours"/);
  });

  it('refuses an amount that is not a whole number', async () => {
    const bad = structuredClone(advisoryRules);
    (bad.ruleSets.entitlements[0]!.event.params as { amount: unknown }).amount = '20h';
    const { engine, programWith } = await engineWith(bad);
    expect(() => EntitlementService.create(engine, programWith)).toThrow(/needs "amount": a whole number/);
  });
});

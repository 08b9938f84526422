/**
 * A benefit is data: "Advisory hours" declared in program.json and granted
 * by an extra rule file is answered through the real turn (botbuilder's
 * TestAdapter, the real handler and router, the in-memory store with the demo
 * directory) in both languages, with no code change, no corpus line and no
 * retraining. Expected sentences come from the catalogue, filled with the
 * names from the data.
 */
import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServices } from '../../../src/app.js';
import { dataBenefitMessages } from '../../../src/bot/features/knowledge/messages/dataBenefitMessages.js';
import type { BotServices } from '../../../src/bot/botServices.js';
import type { SupportBot } from '../../../src/bot/supportBot.js';
import { buildBenefitsView } from '../../../src/tab/benefitsView.js';
import { loadConfig } from '../../../src/config.js';
import { fixedClock } from '../../../src/domain/clock.js';
import { createLogger } from '../../../src/logger.js';
import { projectPath } from '../../../src/projectRoot.js';
import { loadRules } from '../../../src/ruleLoading/index.js';
import { createMemoryStore, seedIfEmpty } from '../../../src/storage/index.js';
import { EntitlementService, parseProgramData, type ProgramData } from '../../../src/domain/entitlement/index.js';
import { RuleEngine } from '../../../src/domain/ruleEngine/index.js';
import { askInProcess } from '../../helpers/askInProcess.js';
import { personas, type Persona } from '../../helpers/personas.js';
import { program } from '../../helpers/program.js';
import { TEST_TODAY } from '../../helpers/testDay.js';

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

let rulesDir: string;
let bot: SupportBot;
let services: BotServices;

/** The shipped rules folder plus the extra rule file, and program.json declaring the benefit. */
async function rulesWithAdvisoryHours(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'psb-advisory-'));
  const shipped = projectPath('src', 'rules');
  for (const name of await readdir(shipped)) if (name.endsWith('.json')) await copyFile(join(shipped, name), join(dir, name));
  const programJson = JSON.parse(await readFile(join(shipped, 'program.json'), 'utf8')) as { benefits: Record<string, unknown> };
  programJson.benefits.advisoryHours = advisoryHours;
  await writeFile(join(dir, 'program.json'), JSON.stringify(programJson));
  await writeFile(join(dir, 'entitlements-advisory.json'), JSON.stringify(advisoryRules));
  return dir;
}

beforeAll(async () => {
  rulesDir = await rulesWithAdvisoryHours();
  const store = createMemoryStore();
  await seedIfEmpty(store, TEST_TODAY);
  const config = loadConfig({ LOG_LEVEL: 'silent', RULES_DIR: rulesDir });
  ({ bot, services } = await buildServices(config, store, createLogger('silent'), fixedClock(`${TEST_TODAY}T09:00:00.000Z`)));
});

afterAll(async () => {
  await rm(rulesDir, { recursive: true, force: true });
});

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
    const dir = await rulesWithAdvisoryHours();
    try {
      await writeFile(join(dir, 'entitlements-advisory.json'), JSON.stringify(extra));
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

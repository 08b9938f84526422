/**
 * An offer is data: "Platinum" declared in program.json (names in both
 * languages, the words people type, held in a competency, ranked above Gold)
 * and given its figures by an extra rule file is answered through the real
 * turn (botbuilder's TestAdapter, the real handler and router, the in-memory
 * store with the demo directory) in both languages, joins the entitlement
 * table and comparisons, sets a company's count when it is the highest offer
 * held, and is accepted by the import. No code change, no corpus line, no
 * retraining. Expected sentences come from the message catalogue, filled with
 * the names from the data.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BotServices } from '../../../src/bot/botServices.js';
import { entitlementMessages } from '../../../src/bot/features/knowledge/messages/entitlementMessages.js';
import type { SupportBot } from '../../../src/bot/supportBot.js';
import { EntitlementService, parseProgramData, type ProgramData } from '../../../src/domain/entitlement/index.js';
import { RuleEngine } from '../../../src/domain/ruleEngine/index.js';
import { describeProblem } from '../../../src/domain/import/importProblem.js';
import { validateImport } from '../../../src/domain/import/importValidation.js';
import { loadRules } from '../../../src/ruleLoading/index.js';
import { COMPETENCIES, T1, tablesOf, validFiles, withLine } from '../../import/importFiles.js';
import { botWithExtraRules, type BotWithExtraRules } from '../../helpers/botWithExtraRules.js';
import { askInProcess } from '../../helpers/askInProcess.js';
import { personas, type Persona } from '../../helpers/personas.js';
import { program as shippedProgram } from '../../helpers/program.js';

const platinum = {
  rank: 4,
  competency: true,
  names: { en: 'Platinum competency', ja: 'プラチナ コンピテンシー' },
  shortNames: { en: 'Platinum', ja: 'プラチナ' },
  words: { en: ['platinum'], ja: ['プラチナ'] },
};

/** The extra rule file: Platinum's figures, in the shape of Gold's. */
const platinumRules = {
  ruleSets: {
    entitlements: [
      {
        name: 'platinum-productSupport',
        conditions: { all: [{ fact: 'offerLevel', operator: 'equal', value: 'platinum' }] },
        event: { type: 'productSupport', params: { incidents: 30 } },
      },
      {
        name: 'platinum-cloudCompetency-unlimitedCloudSupport',
        conditions: { all: [{ fact: 'offerLevel', operator: 'equal', value: 'platinum' }, { fact: 'competencyCloud', operator: 'equal', value: true }] },
        event: { type: 'cloudSupport', params: { package: 'unlimited', incidents: null } },
      },
      {
        name: 'platinum-otherCompetency-signature10pack',
        conditions: { all: [{ fact: 'offerLevel', operator: 'equal', value: 'platinum' }, { fact: 'competencyCloud', operator: 'notEqual', value: true }] },
        event: { type: 'cloudSupport', params: { package: '10pack', incidents: 10 } },
      },
    ],
  },
};

let built: BotWithExtraRules;
let bot: SupportBot;
let services: BotServices;
let program: ProgramData;

beforeAll(async () => {
  built = await botWithExtraRules({
    editProgram: (shipped) => {
      shipped.offers!.platinum = platinum;
    },
    files: { 'entitlements-platinum.json': platinumRules },
  });
  ({ bot, services } = built);
  program = parseProgramData('program.json', await readFile(join(built.rulesDir, 'program.json'), 'utf8'));
});

afterAll(() => built.dispose());

const ask = (persona: Persona, text: string, locale?: string) => askInProcess(bot, persona, text, locale);

const gold = shippedProgram.offer('gold').names;
const benefit = shippedProgram.benefitName('productSupport');

describe('an offer added as data (program.json + an extra rule file)', () => {
  it.each([
    ['en', 'how many incidents does Platinum get?', 'en-US'],
    ['ja', 'プラチナのインシデント数は？', 'ja-JP'],
  ] as const)('answers "how many incidents does Platinum get?" with its figure (%s)', async (language, question, locale) => {
    const reply = await ask(personas.stranger, question, locale);
    expect(reply.text).toBe(entitlementMessages.for(language)('offerIncidents', { offer: platinum.names[language], count: 30, benefit: benefit[language] }));
  });

  it.each([
    ['en', 'Platinum vs Gold: how many incidents?', 'en-US'],
    ['ja', 'プラチナとゴールドのインシデント数を比較して', 'ja-JP'],
  ] as const)('compares it with Gold, lowest first (%s)', async (language, question, locale) => {
    const m = entitlementMessages.for(language);
    const reply = await ask(personas.stranger, question, locale);
    expect(reply.text).toContain(m('offerIncidentsItem', { offer: gold[language], count: 20 }));
    expect(reply.text).toContain(m('offerIncidentsItem', { offer: platinum.names[language], count: 30 }));
    expect(reply.text.indexOf(gold[language])).toBeLessThan(reply.text.indexOf(platinum.names[language]));
    expect(reply.text).not.toContain(shippedProgram.offer('silver').names[language]);
  });

  it('lists it last in the entitlement table, with its cloud support per competency kind', async () => {
    const reply = await ask(personas.stranger, 'how many incidents does each offer include?');
    expect(reply.text).toContain(entitlementMessages.for('en')('offerIncidentsItem', { offer: platinum.names.en, count: 30 }));
    expect(reply.visible).toContain(platinum.names.en);
    expect(reply.visible).toContain(program.cloudPackageName('10pack').en);
  });

  it.each([
    ['en', 'Partner Center says "Looks like you don\'t have any benefits yet"', 'en-US', 'Action Pack, Silver, Gold or Platinum'],
    ['ja', 'パートナーセンターに「まだ特典がないようです」と表示されます', 'ja-JP', 'Action Pack、シルバー、Gold、プラチナ'],
  ] as const)('names it among the offers that carry technical benefits (%s)', async (_language, question, locale, offers) => {
    const reply = await ask(personas.stranger, question, locale);
    expect(reply.visible).toContain(offers);
  });

  it('counts it among the offers with Signature Cloud Support when a cloud product is named', async () => {
    const reply = await ask(personas.stranger, 'is Azure covered by the n-1 version rule?');
    expect(reply.text).toContain('(Silver, Gold and Platinum)');
  });

  it('sets the count of a company holding it with Gold: the highest offer held', async () => {
    const together = await ask(personas.stranger, 'we hold Gold and Platinum, do the incidents add up?');
    expect(together.text).toContain(entitlementMessages.for('en')('combineExample', { offers: `${gold.en} and ${platinum.names.en}`, count: 30, sum: 50 }));
    const company = await services.entitlements.forCompany({
      tenantId: 'tenant-litware', name: 'Litware', csp: false, activation: { status: 'activated' },
      offers: [{ level: 'gold', competency: 'security' }, { level: 'platinum', competency: 'cloudPlatform' }],
    });
    expect(company.productSupport?.incidents).toBe(30);
    expect(company.cloudSupport?.package).toBe('unlimited');
  });
});

describe('importing a company that holds it', () => {
  const problems = (offers: string, against: ProgramData): string[] => {
    const files = withLine(validFiles(), 'companies.csv', 2, `${T1},Litware Inc,${offers},yes,`);
    const result = validateImport(tablesOf(files).tables, { offers: against.offers(), competencies: COMPETENCIES });
    return result.ok ? [] : result.problems.map(describeProblem);
  };

  it('is accepted once program.json declares it', () => {
    expect(problems('platinum:cloudPlatform;gold:security', program)).toEqual([]);
  });

  it('is refused, with file, line and column, by a program that does not declare it', () => {
    expect(problems('platinum:cloudPlatform', shippedProgram)).toEqual(['companies.csv, line 2, column C (offers): "platinum" is not one of: actionPack, silver, gold']);
  });

  it('needs its competency, like Gold', () => {
    expect(problems('platinum', program)[0]).toBe('companies.csv, line 2, column C (offers): platinum needs its competency, e.g. platinum:cloudPlatform');
  });
});

describe('offer rules are checked against program.json at start-up', () => {
  it('refuses a rule naming an offer the program does not declare', async () => {
    const engine = new RuleEngine(await loadRules(built.rulesDir));
    expect(() => EntitlementService.create(engine, shippedProgram)).toThrow(/entitlements-platinum\.json.*"offerLevel" must be an offer program.json declares, found "platinum"/);
    expect(() => EntitlementService.create(engine, program)).not.toThrow();
  });
});

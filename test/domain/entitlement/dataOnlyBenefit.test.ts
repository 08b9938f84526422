/**
 * A benefit other than product and cloud support is generic: program.json
 * declares it, "benefit" events grant it per offer, and a company's offers
 * combine per its "combination.benefits" setting (highest offer by default).
 */
import { readFile } from 'node:fs/promises';
import { EntitlementService, parseProgramData, type CompanyEntitlement } from '../../../src/domain/entitlement/index.js';
import type { Company } from '../../../src/domain/model.js';
import { parseRuleSources, RuleEngine } from '../../../src/domain/ruleEngine/index.js';
import { ENTITLEMENTS_FILE, PROGRAM_FILE } from './realRules.js';

const grant = (level: string, amount: number | null): object => ({
  name: `${level}-advisoryHours`,
  conditions: { all: [{ fact: 'offerLevel', operator: 'equal', value: level }] },
  event: { type: 'benefit', params: { benefit: 'advisoryHours', amount } },
});

async function service(rules: object[], combination?: string): Promise<EntitlementService> {
  const programJson = JSON.parse(await readFile(PROGRAM_FILE, 'utf8')) as { benefits: Record<string, unknown> };
  programJson.benefits.advisoryHours = { names: { en: 'Advisory hours', ja: 'アドバイザリー時間' }, unit: { en: 'hours', ja: '時間' } };
  const entitlements = JSON.parse(await readFile(ENTITLEMENTS_FILE, 'utf8')) as { combination: Record<string, unknown> };
  if (combination) entitlements.combination.benefits = { advisoryHours: combination };
  const engine = new RuleEngine(
    parseRuleSources([
      { file: 'entitlements.json', text: JSON.stringify(entitlements) },
      { file: 'advisory.json', text: JSON.stringify({ ruleSets: { entitlements: rules } }) },
    ]),
  );
  return EntitlementService.create(engine, parseProgramData('program.json', JSON.stringify(programJson)));
}

const contoso: Company = {
  tenantId: 'tenant-contoso',
  name: 'Contoso',
  offers: [{ level: 'gold', competency: 'cloudPlatform' }, { level: 'silver', competency: 'dataAnalytics' }],
  csp: false,
  activation: { status: 'activated' },
};
const advisory = (e: CompanyEntitlement) => e.grants.find((g) => g.benefit === 'advisoryHours');

describe('a data-only benefit', () => {
  it('is granted per offer next to product and cloud support, in program.json order', async () => {
    const entitlements = await service([grant('gold', 20), grant('silver', 8)]);
    const gold = await entitlements.forOffer({ level: 'gold', competency: 'cloudPlatform' });
    expect(gold.grants.map((g) => [g.benefit, g.amount])).toEqual([
      ['productSupport', 20],
      ['signatureCloudSupport', null],
      ['advisoryHours', 20],
    ]);
    expect((await entitlements.forOffer({ level: 'actionPack' })).grants.map((g) => g.benefit)).toEqual(['productSupport', 'signatureCloudSupport']);
  });

  it.each<[string, string | undefined, number | null, string[]]>([
    ['the highest offer sets it by default', undefined, 20, ['gold-advisoryHours']],
    ['"sum" adds the offers up', 'sum', 28, ['gold-advisoryHours', 'silver-advisoryHours']],
  ])('%s', async (_case, combination, amount, rules) => {
    const held = advisory(await (await service([grant('gold', 20), grant('silver', 8)], combination)).forCompany(contoso));
    expect(held).toMatchObject({ amount, rules });
  });

  it('"sum" with an unlimited grant stays unlimited', async () => {
    const held = advisory(await (await service([grant('gold', null), grant('silver', 8)], 'sum')).forCompany(contoso));
    expect(held?.amount).toBeNull();
  });

  it('refuses an unknown combination choice at start-up', async () => {
    await expect(service([grant('gold', 20)], 'average')).rejects.toThrow(/"benefits.advisoryHours" must be one of highestOffer, sum/);
  });

  it('refuses a benefit event for product or cloud support, which have their own events', async () => {
    const wrong = { ...grant('gold', 20), event: { type: 'benefit', params: { benefit: 'productSupport', amount: 20 } } };
    await expect(service([wrong])).rejects.toThrow(/"productSupport" has its own event type/);
  });
});

import type { EntitlementService } from '../../../src/domain/entitlement/index.js';
import type { Offer } from '../../../src/domain/model.js';
import { realServices } from './realRules.js';

let entitlements: EntitlementService;
beforeAll(async () => {
  ({ entitlements } = await realServices());
});

// the program's published support-benefits article, row by row: the whole table as the program publishes it.
describe('entitlement table (src/rules/entitlements.json)', () => {
  it.each<[string, Offer, number, string, number | null]>([
    ['Action Pack', { level: 'actionPack' }, 10, 'none', 0],
    ['Silver, cloud competency (Security)', { level: 'silver', competency: 'security' }, 15, 'unlimited', null],
    ['Silver, other competency (Data Analytics)', { level: 'silver', competency: 'dataAnalytics' }, 15, '5pack', 5],
    ['Gold, cloud competency (Cloud Platform)', { level: 'gold', competency: 'cloudPlatform' }, 20, 'unlimited', null],
    ['Gold, other competency (Application Development)', { level: 'gold', competency: 'applicationDevelopment' }, 20, '10pack', 10],
  ])('%s', async (_offer, offer, productIncidents, cloudPackage, cloudIncidents) => {
    const result = await entitlements.forOffer(offer);
    expect(result.productSupport?.incidents).toBe(productIncidents);
    expect(result.cloudSupport).toMatchObject({ package: cloudPackage, incidents: cloudIncidents });
  });

  it.each([
    'security',
    'cloudBusinessApplications',
    'cloudPlatform',
    'cloudProductivity',
    'enterpriseMobilityManagement',
    'smallMidmarketCloudSolutions',
  ])('Gold %s counts as a cloud competency: unlimited cloud support', async (competency) => {
    const result = await entitlements.forOffer({ level: 'gold', competency });
    expect(result.competencyCloud).toBe(true);
    expect(result.cloudSupport?.package).toBe('unlimited');
  });

  it('says which rules answered, so the bot can show why', async () => {
    const result = await entitlements.forOffer({ level: 'silver', competency: 'dataAnalytics' });
    expect(result.productSupport?.rule).toBe('silver-productSupport');
    expect(result.cloudSupport?.rule).toBe('silver-otherCompetency-signature5pack');
    expect(result.rules).toEqual(['silver-productSupport', 'silver-otherCompetency-signature5pack']);
  });

  it('Action Pack has no cloud support: it is stated, not left out', async () => {
    const result = await entitlements.forOffer({ level: 'actionPack' });
    expect(result.cloudSupport).toEqual({ package: 'none', incidents: 0, rule: 'actionPack-noCloudSupport' });
  });

  it('a competency program.json does not list is treated as an "other" competency', async () => {
    const result = await entitlements.forOffer({ level: 'gold', competency: 'retiredCompetency' });
    expect(result.competencyCloud).toBe(false);
    expect(result.cloudSupport?.package).toBe('10pack');
  });
});

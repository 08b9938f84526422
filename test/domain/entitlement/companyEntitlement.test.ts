import type { EntitlementService } from '../../../src/domain/entitlement/index.js';
import type { Company, Offer } from '../../../src/domain/model.js';
import { realServices, servicesWithEditedEntitlements } from './realRules.js';

const company = (tenantId: string, offers: Offer[]): Company => ({
  tenantId,
  name: tenantId,
  offers,
  csp: false,
  activation: { status: 'activated' },
});

const contoso = company('tenant-contoso', [
  { level: 'gold', competency: 'cloudPlatform' },
  { level: 'silver', competency: 'dataAnalytics' },
]);
const northwind = company('tenant-northwind', [{ level: 'silver', competency: 'applicationDevelopment' }]);
const fabrikam = company('tenant-fabrikam', [{ level: 'actionPack' }]);
const tailspin = company('tenant-tailspin', []);

let entitlements: EntitlementService;
beforeAll(async () => {
  ({ entitlements } = await realServices());
});

describe('company entitlement: offers do not add up', () => {
  it.each<[string, Company, number | undefined, string | undefined, number | null | undefined]>([
    ['Contoso (Gold Cloud Platform + Silver Data Analytics)', contoso, 20, 'unlimited', null],
    ['Northwind (Silver Application Development)', northwind, 15, '5pack', 5],
    ["Fabrikam (Erin's Action Pack)", fabrikam, 10, 'none', 0],
  ])('%s', async (_name, c, productIncidents, cloudPackage, cloudIncidents) => {
    const result = await entitlements.forCompany(c);
    expect(result.productSupport?.incidents).toBe(productIncidents);
    expect(result.cloudSupport?.package).toBe(cloudPackage);
    expect(result.cloudSupport?.incidents).toBe(cloudIncidents);
  });

  it('a company with no offers has nothing (the "no benefits yet" case)', async () => {
    const result = await entitlements.forCompany(tailspin);
    expect(result).toMatchObject({ tenantId: 'tenant-tailspin', offers: [], productSupport: null, cloudSupport: null });
  });

  it('says which offer and rule set each answer for Contoso', async () => {
    const result = await entitlements.forCompany(contoso);
    expect(result.productSupport).toEqual({ incidents: 20, from: [{ level: 'gold', competency: 'cloudPlatform' }], rules: ['gold-productSupport'] });
    expect(result.cloudSupport).toEqual({
      package: 'unlimited',
      incidents: null,
      from: [{ level: 'gold', competency: 'cloudPlatform' }],
      rules: ['gold-cloudCompetency-unlimitedCloudSupport'],
    });
    expect(result.offers).toHaveLength(2);
    expect(result.policy).toEqual({ productSupport: 'highestOffer', cloudSupport: 'bestCompetency', benefits: {} });
  });

  it('the best competency wins even when it comes from the lower offer', async () => {
    const result = await entitlements.forCompany(company('t', [{ level: 'gold', competency: 'datacenter' }, { level: 'silver', competency: 'security' }]));
    expect(result.productSupport?.incidents).toBe(20);
    expect(result.cloudSupport).toMatchObject({ package: 'unlimited', from: [{ level: 'silver', competency: 'security' }] });
  });
});

describe('the combination policy is one editable setting', () => {
  it('switched to "sum", offers add up', async () => {
    const edited = await servicesWithEditedEntitlements((json) => {
      json.combination = { productSupport: 'sum', cloudSupport: 'sum' };
    });
    const twoPacks = company('t', [{ level: 'gold', competency: 'datacenter' }, { level: 'silver', competency: 'messaging' }]);
    const result = await edited.forCompany(twoPacks);
    expect(result.productSupport?.incidents).toBe(35);
    expect(result.cloudSupport).toMatchObject({ package: '10pack', incidents: 15 });
    expect((await edited.forCompany(contoso)).cloudSupport?.package).toBe('unlimited');
  });

  it.each([
    ['missing', undefined, 'setting "combination": missing'],
    ['an unknown product choice', { productSupport: 'max', cloudSupport: 'bestCompetency' }, '"productSupport" must be one of highestOffer, sum'],
    ['an unknown cloud choice', { productSupport: 'highestOffer', cloudSupport: 'most' }, '"cloudSupport" must be one of bestCompetency, sum'],
    ['not an object', 'max', 'must be an object'],
  ])('is refused at start-up when %s', async (_case, combination, problem) => {
    const created = servicesWithEditedEntitlements((json) => {
      json.combination = combination;
    });
    await expect(created).rejects.toMatchObject({ code: 'SETTING_INVALID' });
    await expect(created).rejects.toThrow(problem);
  });
});

import type { LinkOutcomeCode, SupportKind, TypedIds } from '../../../src/domain/linking/index.js';
import { ids } from './demoIds.js';
import { linkingFixture, type LinkingFixture } from './linkingFixture.js';

let fx: LinkingFixture;
beforeEach(async () => {
  fx = await linkingFixture();
});

describe('LinkingService.link: each check has its own outcome, decided by linking.json', () => {
  it.each<[string, string, SupportKind, TypedIds, LinkOutcomeCode, string]>([
    ['missing IDs', 'aad-dave', 'onPremises', {}, 'badFormat', 'link-ids-must-be-well-formed'],
    ['a short Contract ID', 'aad-dave', 'onPremises', { accessId: ids.contosoOnPremises.accessId, contractId: '12345' }, 'badFormat', 'link-ids-must-be-well-formed'],
    ['an Access ID that is no GUID', 'aad-dave', 'onPremises', { accessId: 'not-an-id', contractId: '3104578821' }, 'badFormat', 'link-ids-must-be-well-formed'],
    ['another company\'s contract', 'aad-dave', 'onPremises', ids.northwindOnPremises, 'notFound', 'link-contract-must-belong-to-company'],
    ['a mismatched pair', 'aad-dave', 'onPremises', { accessId: ids.contosoOnPremises.accessId, contractId: ids.contosoCloud.contractId }, 'notFound', 'link-contract-must-belong-to-company'],
    ['an expired contract', 'aad-dave', 'cloud', ids.contosoExpiredCloud, 'expired', 'link-contract-expired'],
    ['a contract not started yet', 'aad-dave', 'onPremises', ids.contosoNotStarted, 'notStarted', 'link-contract-not-started'],
    ['a used-up 5pack', 'aad-frank', 'cloud', ids.northwind5pack, 'usedUp', 'link-contract-used-up'],
    ['a product-support contract for cloud', 'aad-dave', 'cloud', ids.contosoOnPremises, 'productContractForCloud', 'link-cloud-needs-signature-contract'],
    ['a cloud contract for on-premises', 'aad-dave', 'onPremises', ids.contosoCloud, 'cloudContractForOnPremises', 'link-on-premises-needs-product-support-contract'],
    ['cloud for an Action Pack company', 'aad-erin', 'cloud', ids.contosoCloud, 'noCloudSupport', 'link-cloud-needs-cloud-support'],
    ['a cloud contract a colleague linked', 'aad-dave', 'cloud', ids.contosoCloud, 'linkedToOther', 'link-cloud-benefit-stays-with-first-account'],
    ['Alice linking her cloud contract again (scenario A)', 'aad-alice', 'cloud', ids.contosoCloud, 'alreadyLinked', 'link-cloud-relink-is-scenario-a'],
    ['Alice adding her on-premises contract again', 'aad-alice', 'onPremises', ids.contosoOnPremises, 'alreadyLinked', 'link-on-premises-already-added'],
    ['Dave adding Contoso\'s on-premises contract', 'aad-dave', 'onPremises', ids.contosoOnPremises, 'linked', 'link-active-contract'],
  ])('%s → %s', async (_case, who, support, typed, code, rule) => {
    const { person, company } = await fx.who(who);
    const outcome = await fx.linking.link(person, company, support, typed);
    expect(outcome.code).toBe(code);
    expect(outcome.rules[0]).toBe(rule);
  });

  it('never returns another company\'s contract', async () => {
    const { person, company } = await fx.who('aad-dave');
    const outcome = await fx.linking.link(person, company, 'cloud', ids.northwind5pack);
    expect(outcome).toEqual({ code: 'notFound', support: 'cloud', rules: ['link-contract-must-belong-to-company'], saved: false });
  });

  it('accepts cosmetic differences: lower case, braces, full-width digits, spaces', async () => {
    const { person, company } = await fx.who('aad-dave');
    const typed = { accessId: ` {${ids.contosoOnPremises.accessId.toLowerCase()}} `, contractId: '３１０４５７８８２１' };
    expect((await fx.linking.link(person, company, 'onPremises', typed)).code).toBe('linked');
  });

  it('records the association once: linking twice does not duplicate it', async () => {
    const { person, company } = await fx.who('aad-dave');
    const first = await fx.linking.link(person, company, 'onPremises', ids.contosoOnPremises);
    const second = await fx.linking.link(person, company, 'onPremises', ids.contosoOnPremises);
    expect([first.saved, second.code, second.saved]).toEqual([true, 'alreadyLinked', false]);
    const stored = await fx.contract('tenant-contoso', 'contract-contoso-product-support');
    expect(stored.associations.map((a) => [a.aadObjectId, a.portal])).toEqual([
      ['aad-alice', 'supportForBusiness'],
      ['aad-dave', 'supportForBusiness'],
    ]);
    expect(stored.associations[1]?.at).toBe('2026-11-24T09:00:00.000Z');
  });

  it('names the colleague who holds a cloud contract', async () => {
    const { person, company } = await fx.who('aad-dave');
    const outcome = await fx.linking.link(person, company, 'cloud', ids.contosoCloud);
    expect(outcome.otherPeople).toEqual(['Alice Chen']);
  });

  it.each<[string, SupportKind, LinkOutcomeCode | undefined]>([
    ['aad-erin', 'cloud', 'noCloudSupport'],
    ['aad-erin', 'onPremises', undefined],
    ['aad-alice', 'cloud', undefined],
    ['aad-frank', 'cloud', undefined],
  ])('precheck for %s asking %s support → %s', async (who, support, code) => {
    const { company } = await fx.who(who);
    expect((await fx.linking.precheck(company, support))?.code).toBe(code);
  });
});

import { activationFixture } from './activationFixture.js';

let fx: Awaited<ReturnType<typeof activationFixture>>;
beforeEach(async () => {
  fx = await activationFixture();
});

describe('the checks, in the program\'s order, each with the rule that decided', () => {
  it.each([
    ['tenant-unknown', 'aad-stranger', 'unknownUser', 'activation-unknownUser'],
    ['tenant-contoso', 'aad-carol', 'notAuthorized', 'activation-accountNotMpnAssociated'],
    ['tenant-tailspin', 'aad-grace', 'noBenefits', 'activation-noActiveOffer'],
    ['tenant-contoso', 'aad-dave', 'notAdmin', 'activation-roleMayNotActivate'],
    ['tenant-contoso', 'aad-alice', 'alreadyActivated', 'activation-alreadyActivated'],
    ['tenant-contoso', 'aad-bob', 'alreadyActivated', 'activation-alreadyActivated'],
    ['tenant-northwind', 'aad-frank', 'alreadyActivated', 'activation-alreadyActivated'],
    ['tenant-wingtip', 'aad-heidi', 'alreadyRequested', 'activation-alreadyRequested'],
    ['tenant-fabrikam', 'aad-erin', 'mayActivate', 'activation-adminMayActivate'],
  ])('%s / %s → %s', async (tenant, user, outcome, rule) => {
    const check = await fx.service.check(await fx.requester(tenant, user));
    expect(check).toMatchObject({ outcome, rule });
    expect(check.rules[0]).toBe(rule);
  });

  it('an earlier check wins: a non-admin at an activated company is told about roles first', async () => {
    const check = await fx.service.check(await fx.requester('tenant-contoso', 'aad-dave'));
    expect(check.rules).toEqual(['activation-roleMayNotActivate', 'activation-alreadyActivated']);
  });
});

describe('what an activation gives, from the entitlement rules', () => {
  it.each([
    ['tenant-contoso', [{ benefit: 'productSupport', incidents: 20 }, { benefit: 'signatureCloudSupport', incidents: null, cloudPackage: 'unlimited' }], false],
    ['tenant-northwind', [{ benefit: 'productSupport', incidents: 15 }, { benefit: 'signatureCloudSupport', incidents: 5, cloudPackage: '5pack' }], false],
    ['tenant-fabrikam', [{ benefit: 'productSupport', incidents: 10 }], true],
    ['tenant-tailspin', [], true],
  ])('%s', async (tenant, benefits, cloudExcluded) => {
    const plan = await fx.service.plan((await fx.store.directory.findCompany(tenant))!);
    expect(plan.benefits).toEqual(benefits);
    expect(plan.cloudExcluded).toBe(cloudExcluded);
    expect(plan.rules.length > 0).toBe(benefits.length > 0);
  });
});

describe('requests', () => {
  it('50 concurrent requests of one company store exactly one, all answered with it', async () => {
    const erin = await fx.requester('tenant-fabrikam', 'aad-erin');
    const results = await Promise.all(Array.from({ length: 50 }, () => fx.service.request(erin, 'ja')));
    const ids = new Set(results.map((r) => (r.ok ? r.request.id : 'refused')));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.ok && r.created)).toHaveLength(1);
    const stored = await fx.store.activationRequests.listByTenant('tenant-fabrikam');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ requestedBy: 'aad-erin', requestedAt: '2026-11-24T09:00:00.000Z', language: 'ja', status: 'pending' });
    expect((await fx.store.directory.findCompany('tenant-fabrikam'))?.activation).toMatchObject({ status: 'pending', requestedBy: 'aad-erin' });
  });

  it('after a rejection a new request is a new round', async () => {
    const first = await fx.service.request(await fx.requester('tenant-fabrikam', 'aad-erin'), 'en');
    if (!first.ok) throw new Error('expected a request');
    await fx.completion.reject('tenant-fabrikam', first.request.id, { kind: 'system', name: 'test' }, 'wrong offer');
    const second = await fx.service.request(await fx.requester('tenant-fabrikam', 'aad-erin'), 'en');
    expect(second.ok && second.created).toBe(true);
    expect(second.ok && second.request.idempotencyKey).not.toBe(first.request.idempotencyKey);
  });

  it('is refused on the server for anyone the checks refuse', async () => {
    const result = await fx.service.request(await fx.requester('tenant-contoso', 'aad-dave'), 'en');
    expect(result).toMatchObject({ ok: false, check: { outcome: 'notAdmin' } });
    expect(await fx.store.activationRequests.listByTenant('tenant-contoso')).toHaveLength(0);
  });

  it('finds every pending request across companies', async () => {
    expect((await fx.service.pendingRequests()).map((r) => r.tenantId)).toEqual(['tenant-wingtip']);
  });
});

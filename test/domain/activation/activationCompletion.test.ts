import { activationFixture } from './activationFixture.js';

let fx: Awaited<ReturnType<typeof activationFixture>>;
const agent = { kind: 'system', name: 'test-agent' } as const;
beforeEach(async () => {
  fx = await activationFixture();
});

async function erinRequestId(): Promise<string> {
  const result = await fx.service.request(await fx.requester('tenant-fabrikam', 'aad-erin'), 'en');
  if (!result.ok) throw new Error('expected a request');
  return result.request.id;
}

it('approving Wingtip\'s seeded request derives its benefits and creates both contracts for one year', async () => {
  const result = await fx.completion.approve('tenant-wingtip', 'activation-wingtip-demo', agent);
  expect(result).toMatchObject({ ok: true, changed: true, notified: true });
  const contracts = await fx.store.contracts.listByTenant('tenant-wingtip');
  expect(contracts.map((c) => [c.benefit, c.incidentsTotal, c.cloudPackage, c.startDate, c.endDate])).toEqual([
    ['productSupport', 20, undefined, '2026-11-24', '2027-11-23'],
    ['signatureCloudSupport', null, 'unlimited', '2026-11-24', '2027-11-23'],
  ]);
  for (const c of contracts) {
    expect(c.accessId).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    expect(c.contractId).toMatch(/^\d{10}$/);
  }
  expect((await fx.store.directory.findCompany('tenant-wingtip'))?.activation).toMatchObject({ status: 'activated', activatedAt: '2026-11-24T09:00:00.000Z' });
  expect(fx.notified).toHaveLength(1);
});

it('concurrent and repeated approvals create one set of contracts and notify once', async () => {
  const id = await erinRequestId();
  const results = await Promise.all(Array.from({ length: 10 }, () => fx.completion.approve('tenant-fabrikam', id, agent)));
  expect(results.filter((r) => r.ok && r.changed)).toHaveLength(1);
  expect(await fx.store.contracts.listByTenant('tenant-fabrikam')).toHaveLength(1);
  expect(fx.notified).toHaveLength(1);
  const again = await fx.completion.approve('tenant-fabrikam', id, agent);
  expect(again).toMatchObject({ ok: true, changed: false });
  expect(again.ok && again.contracts).toHaveLength(1);
});

it.each([
  [{ productSupport: { accessId: 'nope' } }, 'productSupport.accessId'],
  [{ productSupport: { contractId: '12345' } }, 'productSupport.contractId'],
])('typed IDs that are malformed are refused, and nothing is stored', async (entered, field) => {
  const id = await erinRequestId();
  expect(await fx.completion.approve('tenant-fabrikam', id, agent, entered)).toEqual({ ok: false, problem: 'invalidIds', field });
  expect(await fx.store.contracts.listByTenant('tenant-fabrikam')).toHaveLength(0);
  expect((await fx.store.activationRequests.find('tenant-fabrikam', id))?.status).toBe('pending');
});

it('typed IDs are normalised and used', async () => {
  const id = await erinRequestId();
  await fx.completion.approve('tenant-fabrikam', id, agent, { productSupport: { accessId: ' abcdef01-2345-4678-9abc-def012345678 ', contractId: '9876543210' } });
  const [contract] = await fx.store.contracts.listByTenant('tenant-fabrikam');
  expect(contract).toMatchObject({ accessId: 'ABCDEF01-2345-4678-9ABC-DEF012345678', contractId: '9876543210' });
});

it('rejecting needs a reason, records it and sets the company back to not activated', async () => {
  const id = await erinRequestId();
  expect(await fx.completion.reject('tenant-fabrikam', id, agent, '   ')).toMatchObject({ ok: false, field: 'reason' });
  const result = await fx.completion.reject('tenant-fabrikam', id, agent, 'Offer expired');
  expect(result.ok && result.request).toMatchObject({ status: 'rejected', reason: 'Offer expired', decidedBy: 'test-agent' });
  expect((await fx.store.directory.findCompany('tenant-fabrikam'))?.activation.status).toBe('notActivated');
  expect(fx.notified.map((n) => n.request.status)).toEqual(['rejected']);
});

it('an unknown request is "not found"', async () => {
  expect(await fx.completion.approve('tenant-fabrikam', 'activation-nope', agent)).toEqual({ ok: false, problem: 'notFound' });
});

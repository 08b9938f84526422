import type { ScenarioCode } from '../../../src/domain/linking/index.js';
import { ids } from './demoIds.js';
import { linkingFixture, type LinkingFixture } from './linkingFixture.js';

let fx: LinkingFixture;
beforeAll(async () => {
  fx = await linkingFixture();
});

describe('AlreadyAssociatedDiagnosis: the scenario from the user\'s stored contracts', () => {
  it.each<[string, string, ScenarioCode, string | undefined, string]>([
    ['Alice (her cloud contract is active and hers)', 'aad-alice', 'A', undefined, 'already-associated-a-same-account'],
    ['Frank (5pack with no incidents left)', 'aad-frank', 'B', 'usedUp', 'already-associated-b-no-incidents-left'],
    ['Dave (Alice holds Contoso\'s cloud contract)', 'aad-dave', 'otherPerson', undefined, 'already-associated-other-person'],
    ['Erin (Action Pack: no cloud support)', 'aad-erin', 'noCloudSupport', undefined, 'already-associated-no-cloud-support'],
    ['Heidi (no contract on record)', 'aad-heidi', 'general', undefined, 'already-associated-general'],
  ])('%s → %s', async (_case, who, scenario, reason, rule) => {
    const diagnosis = await fx.diagnosis.diagnose({ known: true, ...(await fx.who(who)) });
    expect(diagnosis.scenario).toBe(scenario);
    expect(diagnosis.reason).toBe(reason);
    expect(diagnosis.rules[0]).toBe(rule);
  });

  it('an unknown user gets the general explanation', async () => {
    const diagnosis = await fx.diagnosis.diagnose({ known: false, tenantId: 'tenant-x', aadObjectId: 'aad-x' });
    expect(diagnosis).toMatchObject({ scenario: 'general', pastedIdsUnknown: false, rules: ['already-associated-general'] });
  });

  it('pasted IDs pick the contract: an expired one is scenario B', async () => {
    const diagnosis = await fx.diagnosis.diagnose({ known: true, ...(await fx.who('aad-alice')) }, ids.contosoExpiredCloud);
    expect(diagnosis).toMatchObject({ scenario: 'B', reason: 'expired' });
  });

  it('pasted IDs of another company read as unknown, never as that company\'s contract', async () => {
    const diagnosis = await fx.diagnosis.diagnose({ known: true, ...(await fx.who('aad-alice')) }, ids.northwind5pack);
    expect(diagnosis.scenario).toBe('general');
    expect(diagnosis.pastedIdsUnknown).toBe(true);
    expect(diagnosis.contract).toBeUndefined();
  });

  it('names the colleague who holds the contract', async () => {
    const diagnosis = await fx.diagnosis.diagnose({ known: true, ...(await fx.who('aad-dave')) });
    expect(diagnosis.otherPeople).toEqual(['Alice Chen']);
  });
});

import { contractStandings, InvalidDateError, type ContractState } from '../../../src/domain/entitlement/index.js';
import type { Contract } from '../../../src/domain/model.js';
import { realServices } from './realRules.js';

const contract = (overrides: Partial<Contract>): Contract => ({
  id: 'c1',
  tenantId: 'tenant-northwind',
  benefit: 'productSupport',
  incidentsTotal: 15,
  incidentsRemaining: 3,
  startDate: '2025-01-01',
  endDate: '2025-12-31',
  accessId: 'secret-access',
  contractId: 'secret-contract',
  associations: [],
  ...overrides,
});

describe('contract standing on a given day', () => {
  it.each<[string, Partial<Contract>, string, ContractState]>([
    ['incidents left, within dates', {}, '2025-06-15', 'active'],
    ['on its first day', {}, '2025-01-01', 'active'],
    ['on its last day (the end date is still valid)', {}, '2025-12-31', 'active'],
    ['the day after its end date', {}, '2026-01-01', 'expired'],
    ['before its start date', {}, '2024-12-31', 'notStarted'],
    ['no incidents left', { incidentsRemaining: 0 }, '2025-06-15', 'usedUp'],
    ['expired and used up (expiry is reported)', { incidentsRemaining: 0 }, '2026-02-01', 'expired'],
    ['unlimited cloud support', { benefit: 'signatureCloudSupport', cloudPackage: 'unlimited', incidentsTotal: null, incidentsRemaining: null }, '2025-06-15', 'active'],
  ])('%s', (_case, overrides, today, state) => {
    expect(contractStandings([contract(overrides)], today)[0]?.state).toBe(state);
  });

  it("Northwind's used-up 5pack and its product support, as the demo shows them", async () => {
    const { entitlements } = await realServices();
    const today = '2025-06-01';
    const [product, cloud] = entitlements.remaining(
      [
        contract({ id: 'nw-product', startDate: '2024-11-13', endDate: '2025-11-13' }),
        contract({ id: 'nw-cloud', benefit: 'signatureCloudSupport', cloudPackage: '5pack', incidentsTotal: 5, incidentsRemaining: 0, startDate: '2024-11-13', endDate: '2025-11-13' }),
      ],
      today,
    );
    expect(product).toEqual({
      id: 'nw-product',
      benefit: 'productSupport',
      total: 15,
      remaining: 3,
      startDate: '2024-11-13',
      endDate: '2025-11-13',
      state: 'active',
      daysUntilEnd: 165,
    });
    expect(cloud).toMatchObject({ id: 'nw-cloud', cloudPackage: '5pack', total: 5, remaining: 0, state: 'usedUp' });
  });

  it('never copies the Access ID or Contract ID', () => {
    const [standing] = contractStandings([contract({})], '2025-06-15');
    expect(JSON.stringify(standing)).not.toContain('secret');
  });

  it('counts days until the end date, negative once expired', () => {
    expect(contractStandings([contract({})], '2026-01-10')[0]?.daysUntilEnd).toBe(-10);
  });

  it.each([
    ['a malformed today', {}, '15/06/2025'],
    ['an impossible date', {}, '2025-02-30'],
    ['a malformed contract date', { endDate: '2025-13-01' }, '2025-06-15'],
  ])('refuses %s', (_case, overrides, today) => {
    expect(() => contractStandings([contract(overrides)], today)).toThrow(InvalidDateError);
  });
});

import { planImport, countChanges, type CompanyState } from '../../src/domain/import/importPlan.js';
import { validateImport, type ImportData } from '../../src/domain/import/importValidation.js';
import type { Company, Contract } from '../../src/domain/model.js';
import { formatPlanReport } from '../../src/import/planReport.js';
import { OFFERS, ACCESS_1, ACCESS_2, COMPETENCIES, CONTRACT_1, T1, T2, tablesOf, validFiles, withLine, without, type ImportFiles } from './importFiles.js';

const NOW = new Date('2026-11-30T08:00:00.000Z');
let keys = 0;
const options = { now: NOW, newContractKey: () => `contract-new-${++keys}` };

function dataOf(files: ImportFiles): ImportData {
  const result = validateImport(tablesOf(files).tables, { offers: OFFERS, competencies: COMPETENCIES });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.data;
}

/** What the store would hold after applying a plan from empty: the plan's added records. */
function statesAfterImport(files: ImportFiles): Map<string, CompanyState> {
  const plan = planImport(dataOf(files), new Map(), options);
  return new Map(
    plan.companies.map((company) => {
      const records = <K extends string>(kind: K) => company.changes.filter((c) => c.kind === kind).map((c) => c.record);
      return [company.tenantId, { company: records('company')[0] as Company, people: records('person'), contracts: records('contract'), customers: records('customer') } as CompanyState];
    }),
  );
}

describe('import plan', () => {
  it('adds every record into an empty store', () => {
    const plan = planImport(dataOf(validFiles()), new Map(), options);
    expect(countChanges(plan)).toEqual({ add: 8, update: 0, remove: 0, unchanged: 0 });
    const contract = plan.companies[0]?.changes.find((c) => c.kind === 'contract')?.record as Contract;
    expect(contract).toMatchObject({ id: expect.stringMatching(/^contract-new-/), accessId: ACCESS_1, contractId: CONTRACT_1, incidentsRemaining: 14 });
    expect(contract.associations).toEqual([{ aadObjectId: 'aad-mika', portal: 'supportForBusiness', at: '2026-04-03T00:00:00.000Z' }]);
    const company = plan.companies[0]?.changes[0]?.record as Company;
    expect(company.activation).toEqual({ status: 'activated', activatedAt: '2026-03-30T00:00:00.000Z' });
  });

  it('changes nothing when the same files are planned again over what they produced', () => {
    const later = { ...options, now: new Date('2027-01-15T00:00:00.000Z') }; // undated associations keep their first time
    const plan = planImport(dataOf(validFiles()), statesAfterImport(validFiles()), later);
    expect(countChanges(plan)).toEqual({ add: 0, update: 0, remove: 0, unchanged: 8 });
  });

  it('updates exactly the changed field of the changed record, keeping its store key', () => {
    const before = statesAfterImport(validFiles());
    const changed = withLine(validFiles(), 'contracts.csv', 2, `${T1},${CONTRACT_1},${ACCESS_1},productSupport,,20,13,2026-04-01,2027-03-31,aad-mika:supportForBusiness:2026-04-03`);
    const plan = planImport(dataOf(changed), before, options);
    expect(countChanges(plan)).toEqual({ add: 0, update: 1, remove: 0, unchanged: 7 });
    const update = plan.companies[0]?.changes[0];
    expect(update?.fields).toEqual([{ field: 'incidentsRemaining', before: '14', after: '13' }]);
    expect((update?.record as Contract).id).toBe((before.get(T1)?.contracts[0] as Contract).id);
  });

  it('removes, for the companies the files cover, what the files no longer list; other companies are not read or touched', () => {
    const before = statesAfterImport(validFiles());
    before.set('tenant-not-in-files', { people: [], contracts: [], customers: [] });
    const files = withLine(withLine(validFiles(), 'people.csv', 3, ''), 'contracts.csv', 3, '');
    const plan = planImport(dataOf(files), before, options);
    expect(plan.companies.map((c) => c.tenantId)).toEqual([T1, T2]);
    expect(plan.companies[0]?.changes.map((c) => `${c.action} ${c.kind}`)).toEqual(['remove person', 'remove contract']);
    expect(countChanges(plan).remove).toBe(2);
  });

  it('leaves a kind with no file as it is, and says so', () => {
    const before = statesAfterImport(validFiles());
    const data = dataOf(without(validFiles(), 'customers.csv'));
    const plan = planImport(data, before, options);
    expect(plan.untouchedKinds).toEqual(['customers']);
    expect(countChanges(plan)).toEqual({ add: 0, update: 0, remove: 0, unchanged: 7 });
    expect(formatPlanReport(plan, data, '/import', true)).toContain('No customers file: customers are left as they are.');
  });

  it('keeps the activation the bot recorded when the file gives no date', () => {
    const before = statesAfterImport(validFiles());
    const proseware = before.get(T2)!;
    const pending = { status: 'pending' as const, requestedBy: 'aad-sofia', requestedAt: '2026-11-29T09:00:00.000Z' };
    before.set(T2, { ...proseware, company: { ...proseware.company!, activation: pending } });
    const plan = planImport(dataOf(validFiles()), before, options);
    expect(plan.companies[1]?.changes).toEqual([]);
  });

  it('reports dry runs with masked secrets and a clear word about removals', () => {
    const before = statesAfterImport(validFiles());
    const files = withLine(withLine(validFiles(), 'contracts.csv', 2, `${T1},${CONTRACT_1},${ACCESS_2},productSupport,,20,14,2026-04-01,2027-03-31,aad-mika:supportForBusiness:2026-04-03`), 'contracts.csv', 3, '');
    const data = dataOf(files);
    const report = formatPlanReport(planImport(data, before, options), data, '/import', true).join('\n');
    expect(report).toContain('~ would update contract ••••3756');
    expect(report).toContain(`accessId: ••••${ACCESS_1.slice(-4)} → ••••${ACCESS_2.slice(-4)}`);
    expect(report).toContain('- would remove contract ••••3757 (signatureCloudSupport unlimited, 2026-04-01 to 2027-03-31), not in contracts.csv');
    expect(report).toContain('1 record in the store but not in the files would be REMOVED');
    expect(report).toContain('Dry run: nothing was written. 0 to add, 1 to update, 1 to remove, 6 unchanged.');
    for (const secret of [ACCESS_1, ACCESS_2, CONTRACT_1, '4820193757']) expect(report).not.toContain(secret);
  });
});

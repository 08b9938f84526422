import { describeProblem, sortProblems } from '../../src/domain/import/importProblem.js';
import { validateImport } from '../../src/domain/import/importValidation.js';
import { OFFERS, ACCESS_1, COMPETENCIES, CONTRACT_1, T1, T2, tablesOf, validFiles, withLine, without, type ImportFiles } from './importFiles.js';

/** Every problem, as the CLI prints it ("file, line n, column X (name): message"). */
function problemsOf(files: ImportFiles): string[] {
  const read = tablesOf(files);
  const result = validateImport(read.tables, { offers: OFFERS, competencies: COMPETENCIES });
  return sortProblems([...read.problems, ...(result.ok ? [] : result.problems)]).map(describeProblem);
}

const CONTRACT_HEAD = `${T1},${CONTRACT_1},${ACCESS_1}`;

describe('import validation', () => {
  it('accepts the valid files and types every record', () => {
    const read = tablesOf(validFiles());
    const result = validateImport(read.tables, { offers: OFFERS, competencies: COMPETENCIES });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.companies[0]).toMatchObject({ tenantId: T1, offers: [{ level: 'gold', competency: 'cloudPlatform' }, { level: 'silver', competency: 'security' }], csp: true, activatedOn: '2026-03-30' });
    expect(result.data.people?.[1]).toMatchObject({ aadObjectId: 'aad-tom', roles: [], association: { mpn: true, csp: false } });
    expect(result.data.contracts?.[1]).toMatchObject({ benefit: 'signatureCloudSupport', cloudPackage: 'unlimited', incidentsTotal: null, incidentsRemaining: null });
    expect(result.data.contracts?.[0]?.associations).toEqual([{ aadObjectId: 'aad-mika', portal: 'supportForBusiness', on: '2026-04-03' }]);
  });

  it.each([
    ['an unknown offer level', 'companies.csv', 2, `${T1},Litware Inc,platinum:cloudPlatform,yes,`, 'companies.csv, line 2, column C (offers): "platinum" is not one of: actionPack, silver, gold'],
    ['a competency the rules do not know', 'companies.csv', 2, `${T1},Litware Inc,gold:quantum,yes,`, 'companies.csv, line 2, column C (offers): "quantum" is not one of'],
    ['an impossible date', 'companies.csv', 3, `${T2},Proseware Ltd,actionPack,no,2026-02-30`, 'companies.csv, line 3, column E (activated_on): "2026-02-30" is not a date'],
    ['a yes/no that is neither', 'people.csv', 3, `${T1},aad-tom,Tom Becker,,maybe,no`, 'people.csv, line 3, column E (mpn): "maybe" is not yes or no'],
    ['an unknown role', 'people.csv', 2, `${T1},aad-mika,Mika Tanaka,globalAdmin;superUser,yes,yes`, 'people.csv, line 2, column D (roles): "superUser" is not one of'],
    ['an empty required name', 'people.csv', 4, `${T2},aad-sofia,,mpnPartnerAdmin,yes,no`, 'people.csv, line 4, column C (name): is empty, and a value is required'],
    ['a short Contract ID', 'contracts.csv', 2, `${T1},12345,${ACCESS_1},productSupport,,20,14,2026-04-01,2027-03-31,`, 'contracts.csv, line 2, column B (contract_id): "••••2345" (masked) is not a Contract ID'],
    ['more incidents left than in total', 'contracts.csv', 2, `${CONTRACT_HEAD},productSupport,,20,21,2026-04-01,2027-03-31,`, 'contracts.csv, line 2, column G (incidents_remaining): 21 is more than incidents_total (20)'],
    ['an end before the start', 'contracts.csv', 2, `${CONTRACT_HEAD},productSupport,,20,14,2027-04-01,2027-03-31,`, 'contracts.csv, line 2, column I (end_date): 2027-03-31 is before start_date (2027-04-01)'],
    ['a cloud contract without its package', 'contracts.csv', 2, `${CONTRACT_HEAD},signatureCloudSupport,,5,5,2026-04-01,2027-03-31,`, 'contracts.csv, line 2, column E (cloud_package): is empty; signatureCloudSupport needs one of'],
    ['an association on an impossible date', 'contracts.csv', 2, `${CONTRACT_HEAD},productSupport,,20,14,2026-04-01,2027-03-31,aad-mika:azure:2026-02-30`, 'contracts.csv, line 2, column J (associated_users): "aad-mika:azure:2026-02-30" is not written as'],
    ['a badly written association', 'contracts.csv', 2, `${CONTRACT_HEAD},productSupport,,20,14,2026-04-01,2027-03-31,aad-mika`, 'contracts.csv, line 2, column J (associated_users): "aad-mika" is not written as aadObjectId:portal'],
    ['an association with someone not in people.csv', 'contracts.csv', 2, `${CONTRACT_HEAD},productSupport,,20,14,2026-04-01,2027-03-31,aad-sofia:azure`, `contracts.csv, line 2, column J (associated_users): aad-sofia is not a person of company ${T1} in people.csv`],
    ['a person of a company not in companies.csv', 'people.csv', 3, 'tenant-elsewhere,aad-tom,Tom Becker,,yes,no', 'people.csv, line 3, column A (tenant_id): company tenant-elsewhere is not in companies.csv'],
    ['a CSP customer of a company that is not a CSP partner', 'customers.csv', 2, `${T2},cust-x,Adatum`, `customers.csv, line 2, column A (tenant_id): company ${T2} is not a CSP partner (csp is "no" on line 3 of companies.csv)`],
    ['the same contract twice', 'contracts.csv', 3, `${CONTRACT_HEAD},productSupport,,20,14,2026-04-01,2027-03-31,`, 'contracts.csv, line 3, column B (contract_id): this contract (same company and Contract ID) is already on line 2'],
    ['a row with a stray comma', 'customers.csv', 2, `${T1},cust-woodgrove,Woodgrove, Bank`, 'customers.csv, line 2: has 4 values but the header has 3 columns'],
  ])('names file, line, column and problem for %s', (_what, file, line, text, expected) => {
    const problems = problemsOf(withLine(validFiles(), file, line, text));
    expect(problems).toEqual([expect.stringContaining(expected)]);
  });

  it('reports every problem of every file in one run, in file and line order', () => {
    let files = withLine(validFiles(), 'people.csv', 3, `${T1},aad-tom,Tom Becker,,maybe,no`);
    files = withLine(files, 'companies.csv', 3, `${T2},,actionPack,no,`);
    files = withLine(files, 'people.csv', 2, `${T1},aad-mika,Mika Tanaka,root,yes,yes`);
    expect(problemsOf(files).map((p) => p.split(':')[0])).toEqual(['companies.csv, line 3, column B (name)', 'people.csv, line 2, column D (roles)', 'people.csv, line 3, column E (mpn)']);
  });

  it('never shows an Access ID or Contract ID in full, even a malformed one', () => {
    const badAccess = `${ACCESS_1.slice(0, -1)}Z`;
    const problems = problemsOf(withLine(validFiles(), 'contracts.csv', 2, `${T1},482019375X,${badAccess},productSupport,,20,14,2026-04-01,2027-03-31,`)).join('\n');
    expect(problems).toContain('access_id');
    expect(problems).toContain('contract_id');
    expect(problems).not.toContain(badAccess);
    expect(problems).not.toContain('482019375X');
    expect(problems).toContain('••••');
  });

  it('requires a companies file, and a header with the required columns', () => {
    expect(problemsOf(without(validFiles(), 'companies.csv'))).toEqual([expect.stringContaining('companies.csv: is missing')]);
    expect(problemsOf(withLine(validFiles(), 'customers.csv', 1, 'tenant_id,customer_id,nmae'))).toEqual([
      expect.stringContaining('customers.csv, line 1, column C (nmae): unknown column; customers files have: tenant_id, customer_id, name'),
      expect.stringContaining('customers.csv, line 1: the header has no "name" column, which is required'),
    ]);
  });

  it('accepts spreadsheet-style headers, a byte-order mark and quoted commas; counts lines past blank lines and multi-line values', () => {
    const files = {
      ...validFiles(),
      'customers.csv': `\uFEFFTenant ID,Customer ID,Name\n\n${T1},cust-woodgrove,"Woodgrove Bank, Ltd"\n${T1},cust-coho,"Coho\nWinery"\n${T1},cust-alpine,Alpine Ski House,extra`,
    };
    expect(problemsOf(files)).toEqual([
      'customers.csv, line 4, column C (name): contains a control character (a tab or line break inside the value)',
      expect.stringContaining('customers.csv, line 6: has 4 values but the header has 3 columns'),
    ]);
  });

  it('reads JSON files with the same fields, naming the line where the bad object starts', () => {
    const json = JSON.stringify(
      [
        { tenant_id: T1, aad_object_id: 'aad-mika', name: 'Mika Tanaka', roles: ['globalAdmin'], mpn: true, csp: true },
        { tenant_id: T1, aad_object_id: 'aad-tom', name: 'Tom Becker', roles: [], mpn: 'perhaps', csp: false },
      ],
      null,
      2,
    );
    const rest = without(validFiles(), 'people.csv');
    const lines = json.split('\n');
    const line = lines.findIndex((text, index) => text.trim() === '{' && lines[index + 2]?.includes('"aad-tom"')) + 1; // where Tom's object opens
    expect(problemsOf({ ...rest, 'people.json': json })).toEqual([`people.json, line ${line}, column mpn: "perhaps" is not yes or no`]);
    expect(problemsOf({ ...rest, 'people.json': '[{"tenant_id": 1,\n "name": {"first": "x"}}' })[0]).toMatch(/^people\.json, line 2: is not valid JSON/);
    expect(problemsOf({ ...rest, 'people.json': `[{"tenant_id": "${T1}", "aad_object_id": "aad-mika", "name": {"first": "x"}, "mpn": "yes", "csp": "no"}]` })).toEqual([
      'people.json, line 1, column name: must be text, a number, true/false, null or a list of text',
    ]);
  });
});

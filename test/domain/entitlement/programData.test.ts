import { readFile } from 'node:fs/promises';
import { parseProgramData, type ProgramData } from '../../../src/domain/entitlement/index.js';
import { PROGRAM_FILE } from './realRules.js';

let text: string;
let program: ProgramData;
beforeAll(async () => {
  text = await readFile(PROGRAM_FILE, 'utf8');
  program = parseProgramData('program.json', text);
});

describe('program reference data (src/rules/program.json)', () => {
  it('lists the offers lowest to highest, named in English and Japanese', () => {
    expect(program.offers().map((o) => o.level)).toEqual(['actionPack', 'silver', 'gold']);
    expect(program.offer('gold').names).toEqual({ en: 'Gold competency', ja: 'Gold コンピテンシー' });
  });

  it('knows the six cloud competencies of the program', () => {
    expect(program.cloudCompetencies().map((c) => c.id)).toEqual([
      'security',
      'cloudBusinessApplications',
      'cloudPlatform',
      'cloudProductivity',
      'enterpriseMobilityManagement',
      'smallMidmarketCloudSolutions',
    ]);
    expect(program.isCloudCompetency('dataAnalytics')).toBe(false);
    expect(program.competency('applicationDevelopment')?.names.ja).toBe('アプリケーション開発');
    expect(program.competency('unknown')).toBeUndefined();
  });

  it('only a Global admin or an MPN partner admin may activate, which takes a few days', () => {
    expect(program.rolesThatMayActivate()).toEqual(['globalAdmin', 'mpnPartnerAdmin']);
    expect(program.mayActivate(['mpnPartnerAdmin'])).toBe(true);
    expect(program.mayActivate(['adminAgent'])).toBe(false);
    expect(program.mayActivate([])).toBe(false);
    expect(program.activationProcessingTime().en).toBe('a few days');
  });

  it('holds the links users are sent to', () => {
    expect(program.link('supportForBusinessCreate')).toBe('https://support.serviceshub.microsoft.com/supportforbusiness/create');
    expect(program.link('azurePortal')).toBe('https://portal.azure.com');
    expect(program.link('nMinusOnePolicy')).toBe('https://aka.ms/n-1');
    expect(program.link('partnerCenterCustomers')).toBe('https://partner.microsoft.com/commerce/customers/list');
  });

  it('describes the paid plans and their scope', () => {
    expect(program.paidPlans().map((p) => [p.id, p.scope, p.url])).toEqual([
      ['premier', 'allProducts', 'https://partner.microsoft.com/support/microsoft-services-premier-support'],
      ['advanced', 'cloudOnly', 'https://partner.microsoft.com/support/advanced-cloud-support'],
    ]);
    expect(program.cloudPackageName('5pack').en).toContain('Signature 5pack');
  });

  it('declares the benefits in the order answers list them, with names and units', () => {
    expect(program.benefits().map((b) => [b.id, b.unit.en])).toEqual([
      ['productSupport', 'incidents'],
      ['signatureCloudSupport', 'incidents'],
    ]);
    expect(program.benefitName('signatureCloudSupport').ja).toBe('Signature クラウドサポート');
    expect(program.benefit('advisoryHours')).toBeUndefined();
  });
});

describe('program.json validation', () => {
  const edited = (edit: (json: Record<string, Record<string, unknown>>) => void): string => {
    const json = JSON.parse(text) as Record<string, Record<string, unknown>>;
    edit(json);
    return JSON.stringify(json);
  };

  it.each<[string, (json: Record<string, Record<string, unknown>>) => void, string]>([
    ['an offer that does not say whether it carries a competency', (j) => delete (j.offers as Record<string, Record<string, unknown>>).silver!.competency, '"offers.silver.competency" must be true'],
    ['two offers of one rank', (j) => ((j.offers as Record<string, Record<string, unknown>>).gold!.rank = 2), '"offers.gold.rank" is 2, the same as offers.silver.rank'],
    ['no offer at all', (j) => (j.offers = {}), '"offers" must declare at least one offer'],
    ['a missing Japanese name', (j) => ((j.competencies as Record<string, { names: Record<string, unknown> }>).security!.names.ja = ''), '"competencies.security.names.ja" must be a non-empty string'],
    ['a benefit without a unit', (j) => delete (j.benefits as Record<string, Record<string, unknown>>).signatureCloudSupport!.unit, '"benefits.signatureCloudSupport.unit" must be an object'],
    ['no product support benefit (contracts are for it)', (j) => delete j.benefits?.productSupport, '"benefits.productSupport" must be an object'],
    ['an unknown role', (j) => (j.activation!.rolesThatMayActivate = ['owner']), '"activation.rolesThatMayActivate[0]" must be one of'],
    ['a link that is not https', (j) => (j.links!.azurePortal = 'portal.azure.com'), '"links.azurePortal" must be an https:// URL'],
    ['a paid plan pointing at an unknown link', (j) => ((j.paidPlans as unknown as Array<Record<string, unknown>>)[0]!.link = 'nowhere'), '"paidPlans[0].link" must be one of'],
  ])('names the field when %s', (_case, edit, problem) => {
    expect(() => parseProgramData('program.json', edited(edit))).toThrow(`program.json: ${problem}`);
  });

  it('reports malformed JSON with its position', () => {
    expect(() => parseProgramData('program.json', '{\n "offers": ,\n}')).toThrow('program.json: malformed JSON at line 2, column 12');
  });
});

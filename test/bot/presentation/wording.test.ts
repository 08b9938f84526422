/** Dates, lists and the program's names, one way per language. */
import {
  activatingRoles,
  benefitLine,
  benefitName,
  formatDate,
  formatTime,
  joinList,
  offersText,
  peopleList,
  requestedBy,
  requestedByLabel,
  rolesText,
  topicName,
} from '../../../src/bot/presentation/index.js';
import { program } from '../../helpers/program.js';

describe('dates', () => {
  it.each([
    ['2027-08-02', 'en', '2 Aug 2027'],
    ['2027-08-02', 'ja', '2027年8月2日'],
    ['2026-11-24T09:05:00.000Z', 'en', '24 Nov 2026'],
    ['2026-11-24T09:05:00.000Z', 'ja', '2026年11月24日'],
  ] as const)('%s in %s reads %s', (iso, language, shown) => {
    expect(formatDate(iso, language)).toBe(shown);
  });

  it('gives times in UTC and says so', () => {
    expect(formatTime('2026-11-24T09:05:00.000Z', 'en')).toBe('24 Nov 2026, 09:05 UTC');
    expect(formatTime('2026-11-24T09:05:00.000Z', 'ja')).toBe('2026年11月24日 09:05 (UTC)');
  });

  it('shows what it cannot read as it is, and nothing for no date', () => {
    expect(formatDate('someday', 'en')).toBe('someday');
    expect(formatDate(undefined, 'ja')).toBe('');
  });
});

describe('lists and people', () => {
  it.each([
    [['A'], 'en', 'and', 'A'],
    [['A', 'B'], 'en', 'and', 'A and B'],
    [['A', 'B', 'C'], 'en', 'and', 'A, B and C'],
    [['A', 'B'], 'en', 'or', 'A or B'],
    [['A', 'B', 'C'], 'ja', 'and', 'A、B、C'],
    [['A', 'B'], 'ja', 'or', 'A または B'],
  ] as const)('%j in %s (%s) reads %s', (items, language, conjunction, shown) => {
    expect(joinList(items, language, conjunction)).toBe(shown);
  });

  it('names people with the Japanese honorific, and someone unnamed as another person', () => {
    expect(peopleList(['Alice Chen', 'Bob Kato'], 'en')).toBe('Alice Chen and Bob Kato');
    expect(peopleList(['Alice Chen', 'Bob Kato'], 'ja')).toBe('Alice Chen さん、Bob Kato さん');
    expect(peopleList([], 'en')).toBe('another person');
    expect(peopleList(undefined, 'ja')).toBe('別の方');
  });
});

describe("the program's names", () => {
  it('names roles, offers, benefits and topics, never their codes', () => {
    expect(rolesText(['globalAdmin', 'mpnPartnerAdmin'], 'en')).toBe('Global admin and MPN partner admin');
    expect(rolesText([], 'ja')).toBe('なし');
    expect(activatingRoles(program, 'en')).toBe('Global admin or MPN partner admin');
    expect(offersText(program, [{ level: 'gold', competency: 'cloudPlatform' }, { level: 'actionPack' }], 'en')).toBe('Gold competency (Cloud Platform) and Microsoft Action Pack');
    expect(benefitName(program, { benefit: 'signatureCloudSupport', cloudPackage: '5pack' }, 'en')).toBe('Signature 5pack');
    expect(benefitName(program, { benefit: 'productSupport' }, 'ja')).toBe('Microsoft 製品サポート (オンプレミス)');
    expect(topicName('incidentsRemaining', 'en')).not.toMatch(/incidentsRemaining/);
    expect(topicName('no-such-intent', 'ja')).toBe('一般的な質問');
  });
});

describe('what a benefit brings', () => {
  it('names the benefit and its incidents or package', () => {
    expect(benefitLine(program, { benefit: 'productSupport', incidents: 10 }, 'en')).toBe('Microsoft Product Support (on-premises): 10 incidents');
    expect(benefitLine(program, { benefit: 'signatureCloudSupport', incidents: null, cloudPackage: '5pack' }, 'en')).toMatch(/^Signature Cloud Support: .*5pack/);
    expect(benefitLine(program, { benefit: 'productSupport', incidents: 10 }, 'ja')).toBe('Microsoft 製品サポート (オンプレミス): 10 インシデント');
  });
});

describe('who asked and when', () => {
  it('is one phrase per language, for sentences and card labels alike', () => {
    const who = { name: 'Erin Sato', at: '2026-11-24T09:00:00.000Z' };
    expect(requestedBy(who, 'en')).toBe('requested by Erin Sato at 24 Nov 2026, 09:00 UTC');
    expect(requestedBy(who, 'en', true)).toBe('Requested by Erin Sato at 24 Nov 2026, 09:00 UTC');
    expect(requestedBy(who, 'ja')).toBe('2026年11月24日 09:00 (UTC) に Erin Sato さんが申請');
    expect(requestedByLabel('en')).toBe('Requested by');
    expect(requestedByLabel('ja')).toBe('依頼者');
  });
});

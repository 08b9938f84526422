/**
 * What people read never names the machinery: no rule names from src/rules,
 * no file names, no camelCase identifiers. The "Why?" panels explain in plain
 * sentences (the company, its offers, the role or contract state that
 * decided); rule names go to the log only. Walks the activation, linking and
 * CSP routing flows and entitlement answers, in English and Japanese.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { messageFrom, personas, submitFrom, type Persona } from '../../helpers/personas.js';
import { startTestApp, type TestApp } from '../../helpers/testApp.js';
import { ids } from '../../domain/linking/demoIds.js';
import { extraContracts } from '../../domain/linking/linkingFixture.js';

const RULES = fileURLToPath(new URL('../../../src/rules/', import.meta.url));

let t: TestApp;
let ruleNames: string[] = [];
let conversation = 0;

async function namesIn(file: string): Promise<string[]> {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const obj = node as Record<string, unknown>;
    if (typeof obj.name === 'string' && 'event' in obj) found.push(obj.name);
    Object.values(obj).forEach(walk);
  };
  walk(JSON.parse(await readFile(join(RULES, file), 'utf8')) as unknown);
  return found;
}

beforeAll(async () => {
  t = await startTestApp();
  for (const contract of extraContracts) await t.app.store.contracts.save(contract);
  const files = (await readdir(RULES)).filter((f) => f.endsWith('.json'));
  ruleNames = (await Promise.all(files.map(namesIn))).flat();
}, 60_000);
afterAll(() => t.close());

/** Text a person can see: message text and card text, titles, labels, facts; not action data or choice values. */
function shown(activities: ReadonlyArray<Record<string, unknown>>): string[] {
  const parts: string[] = [];
  const walk = (node: unknown, inChoices = false): void => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n, inChoices));
    if (typeof node !== 'object' || node === null) return;
    const obj = node as Record<string, unknown>;
    const keys = inChoices ? ['title'] : ['text', 'title', 'value', 'label', 'placeholder', 'fallbackText'];
    for (const key of keys) if (typeof obj[key] === 'string') parts.push(obj[key] as string);
    for (const [key, value] of Object.entries(obj)) {
      if (key === 'data' || key === 'refresh' || key === 'selectAction' || typeof value !== 'object') continue;
      walk(value, key === 'choices');
    }
  };
  for (const activity of activities) {
    if (typeof activity.text === 'string') parts.push(activity.text);
    walk(activity.attachments);
  }
  return parts;
}

/** A rule name, a file name or a camelCase identifier, found in what people see (links are left aside). */
function internalNames(parts: readonly string[]): string[] {
  const problems: string[] = [];
  for (const part of parts) {
    // Links, and the Access ID's documented shape, are not names.
    const text = part.replace(/https?:\/\/\S+/g, ' ').replace(/x{8}(?:-x{4}){3}-x{12}/g, ' ');
    // A two-word rule name ("product-support") is also plain English; it counts when presented as a rule.
    for (const rule of ruleNames) if (/[A-Z]|-.*-/.test(rule) && text.includes(rule)) problems.push(`rule "${rule}" in: ${part}`);
    for (const id of text.match(/\b[a-z]+(?:-[a-z][a-z0-9]*){2,}\b/g) ?? []) problems.push(`kebab-case id "${id}" in: ${part}`);
    if (/\bRules?\b\s*[:"「]|ルール\s*[:：「]/.test(text)) problems.push(`a rule cited in: ${part}`);
    for (const file of text.match(/\b[\w-]+\.json\b/g) ?? []) problems.push(`file "${file}" in: ${part}`);
    for (const word of text.match(/\b[a-z]+[A-Z][A-Za-z]*\b/g) ?? []) problems.push(`identifier "${word}" in: ${part}`);
  }
  return problems;
}

function chat(locale: string) {
  const options = { serviceUrl: t.connector.url, locale, conversationId: `a:no-internal-names-${++conversation}` };
  return {
    say: async (p: Persona, text: string) => shown(await t.ask(messageFrom(p, text, options))),
    submit: async (p: Persona, value: Record<string, unknown>) => shown(await t.ask(submitFrom(p, value, options))),
  };
}

const ACTIVATE = { 'en-US': 'please activate our technical benefits', 'ja-JP': '技術関連の特典をアクティブ化したい' } as const;
const ROUTE = {
  'en-US': { azure: 'where do I open a support request for an Azure problem?', customer: 'open an Azure support request for my customer Adventure Works', windows: 'where do I file a Windows Server 2022 issue?' },
  'ja-JP': { azure: 'Azure の問題のサポート要求はどこで作成しますか', customer: '顧客 Adventure Works の Azure のサポート要求を作成したい', windows: 'Windows Server 2022 の問題はどこで問い合わせますか' },
} as const;
const ENTITLEMENT = {
  'en-US': ['how many incidents do we have left?', 'what does Gold competency include?', 'do we get cloud support?'],
  'ja-JP': ['インシデントはあと何件残っていますか', 'ゴールド コンピテンシーの特典は何ですか', 'クラウド サポートは使えますか'],
} as const;
const LOCALES = ['en-US', 'ja-JP'] as const;
const EVERYONE = [personas.alice, personas.bob, personas.carol, personas.dave, personas.erin, personas.frank, personas.grace, personas.heidi, personas.stranger];

describe.each(LOCALES)('no internal names in what people see (%s)', (locale) => {
  it('activation: every check, and the activation card', async () => {
    const seen: string[] = [];
    for (const persona of EVERYONE) seen.push(...(await chat(locale).say(persona, ACTIVATE[locale])));
    expect(seen.join('\n')).toMatch(locale === 'ja-JP' ? /アクティブ化/ : /activat/);
    expect(internalNames(seen)).toEqual([]);
  });

  it('linking: every outcome of a link attempt', async () => {
    const attempts: Array<[Persona, string, Record<string, string>]> = [
      [personas.dave, 'onPremises', ids.contosoOnPremises],
      [personas.alice, 'onPremises', ids.contosoOnPremises],
      [personas.bob, 'onPremises', { accessId: 'abc', contractId: '42' }],
      [personas.bob, 'cloud', ids.northwind5pack],
      [personas.alice, 'cloud', ids.contosoExpiredCloud],
      [personas.alice, 'cloud', ids.contosoNotStarted],
      [personas.frank, 'cloud', ids.northwind5pack],
      [personas.erin, 'cloud', ids.contosoCloud],
      [personas.alice, 'cloud', ids.contosoOnPremises],
      [personas.alice, 'onPremises', ids.contosoCloud],
      [personas.dave, 'cloud', ids.contosoCloud],
    ];
    const seen: string[] = [];
    for (const [persona, support, typed] of attempts) {
      seen.push(...(await chat(locale).submit(persona, { verb: 'submitLinkIds', support, ...typed })));
    }
    expect(internalNames(seen)).toEqual([]);
  });

  it('CSP routing: each route answer', async () => {
    const seen: string[] = [];
    const asks = ROUTE[locale];
    for (const persona of EVERYONE) {
      for (const text of [asks.azure, asks.customer, asks.windows]) seen.push(...(await chat(locale).say(persona, text)));
    }
    expect(internalNames(seen)).toEqual([]);
  });

  it('entitlement answers', async () => {
    const seen: string[] = [];
    for (const persona of [personas.alice, personas.erin, personas.frank, personas.grace, personas.stranger]) {
      for (const text of ENTITLEMENT[locale]) seen.push(...(await chat(locale).say(persona, text)));
    }
    expect(internalNames(seen)).toEqual([]);
  });
});

describe('the "Why?" says what decided, in plain words', () => {
  it.each([
    ['en-US', personas.dave, ACTIVATE['en-US'], 'Contoso Ltd'],
    ['ja-JP', personas.grace, ACTIVATE['ja-JP'], 'Tailspin Toys'],
    ['en-US', personas.erin, ACTIVATE['en-US'], 'Microsoft Action Pack'],
  ])('%s: %s', async (locale, persona, text, expected) => {
    const seen = await chat(locale).say(persona, text);
    expect(seen.join('\n')).toContain(expected);
  });
});

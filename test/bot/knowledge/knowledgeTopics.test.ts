/**
 * The knowledge topics end to end: partner-phrased questions in English and
 * Japanese, posted over HTTP to the real server as the demo personas and as
 * an unknown user. Asserts what the asker would notice: the numbers, names
 * and links, and that the reply is in their language. The server renders
 * every card (CardRenderer throws on a broken one), so a reply with its card
 * attached is also a card that rendered.
 */
import { randomUUID } from 'node:crypto';
import { messageFrom, personas, type Persona } from '../../helpers/personas.js';
import { startTestApp, visibleText, type TestApp } from '../../helpers/testApp.js';
import { program } from '../../helpers/program.js';
import { activationHowToMessages } from '../../../src/bot/features/knowledge/messages/activationHowToMessages.js';
import { accountMessages } from '../../../src/bot/features/knowledge/messages/accountMessages.js';
import { commonMessages } from '../../../src/bot/features/knowledge/messages/commonMessages.js';
import { entitlementMessages } from '../../../src/bot/features/knowledge/messages/entitlementMessages.js';
import { remainingMessages } from '../../../src/bot/features/knowledge/messages/remainingMessages.js';
import { requestMessages } from '../../../src/bot/features/knowledge/messages/requestMessages.js';
import { competencyName, formatDate, joinList, offerName } from '../../../src/bot/presentation/index.js';

type Who = keyof typeof personas;
type Lang = 'en' | 'ja';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
}, 60_000);

afterAll(async () => {
  await t.close();
});

interface Asked {
  readonly text: string;
  readonly visible: string;
  readonly raw: string;
  readonly activities: Array<Record<string, unknown>>;
}

async function ask(who: Who, text: string, lang: Lang, options: { conversationId?: string; conversationType?: 'personal' | 'groupChat' } = {}): Promise<Asked> {
  const persona: Persona = personas[who];
  const activities = await t.ask(
    messageFrom(persona, text, {
      serviceUrl: t.connector.url,
      locale: lang === 'ja' ? 'ja-JP' : 'en-US',
      conversationId: options.conversationId ?? `a:knowledge-${randomUUID()}`,
      conversationType: options.conversationType ?? 'personal',
    }),
  );
  return {
    text: activities.map((a) => String(a.text ?? '')).join('\n'),
    visible: visibleText(activities),
    raw: JSON.stringify(activities),
    activities,
  };
}

function expectRenderedCard(asked: Asked): void {
  expect(asked.activities.length).toBeGreaterThan(0);
  for (const activity of asked.activities) {
    const attachments = activity.attachments as Array<{ contentType: string; content: { version?: string } }> | undefined;
    expect(attachments?.[0]?.contentType).toBe(ADAPTIVE);
    expect(attachments?.[0]?.content.version).toBe('1.5');
  }
  expect(asked.raw).not.toMatch(/\$\{/);
}

function expectLanguage(asked: Asked, lang: Lang): void {
  if (lang === 'ja') expect(asked.text).toMatch(JAPANESE);
  else expect(asked.text).not.toMatch(JAPANESE);
}

/** [topic, who, language, question, what the reply must show (in text, card or link URLs)] */
const CASES: ReadonlyArray<readonly [string, Who, Lang, string, readonly string[]]> = [
  // entitlementIncidents: named offer, competency, own company, whole table
  ['entitlementIncidents', 'stranger', 'en', 'how many incidents come with gold', ['20', 'Gold']],
  ['entitlementIncidents', 'stranger', 'ja', 'シルバーのインシデントは何件ですか', ['15', 'シルバー']],
  ['entitlementIncidents', 'alice', 'en', 'how many support incidents does our company get', ['Contoso Ltd', '20', '12 are left']],
  ['entitlementIncidents', 'stranger', 'en', 'how many incidents with action pack', ['10', 'Action Pack']],
  // entitlementCloud
  ['entitlementCloud', 'stranger', 'en', 'does Silver Data Analytics include Azure support?', ['5pack', '5 incidents', 'Data Analytics']],
  ['entitlementCloud', 'stranger', 'en', 'does action pack include any cloud support', ['does not include', 'Action Pack']],
  ['entitlementCloud', 'stranger', 'ja', 'アクションパックでクラウドのサポートは受けられる？', ['含まれません', 'Action Pack']],
  ['entitlementCloud', 'erin', 'en', 'does our offer include azure support?', ['Fabrikam Inc', 'no cloud support', 'not activated']],
  ['entitlementCloud', 'stranger', 'en', 'do gold partners get unlimited azure support', ['cloud competency', 'unlimited', '10pack']],
  // myBenefits
  ['myBenefits', 'alice', 'en', 'what benefits do we have', ['Contoso Ltd', '12 of 20', 'unlimited Signature Cloud Support', '27 Jul 2027']],
  ['myBenefits', 'alice', 'ja', '私たちの会社にはどんな特典がありますか', ['Contoso Ltd', '残り 12 件', '無制限']],
  ['myBenefits', 'grace', 'en', 'what benefits have we got', ['Tailspin Toys', 'no active offer', 'another account']],
  ['myBenefits', 'carol', 'en', 'show me what my company is entitled to', ['CSP only', 'MPN-associated account']],
  ['myBenefits', 'stranger', 'ja', '弊社の特典を見せてください', ['Action Pack', 'Gold コンピテンシー', 'ディレクトリ']],
  // incidentsRemaining
  ['incidentsRemaining', 'alice', 'en', 'how many incidents do we have left?', ['12 of 20', '27 Jul 2027', 'Contoso Ltd']],
  ['incidentsRemaining', 'frank', 'en', 'how many support incidents do we still have', ['3 of 15', '5pack', 'used up']],
  ['incidentsRemaining', 'frank', 'ja', 'インシデントの残りは何件', ['残り 3 件', '5pack', '使い切り']],
  ['incidentsRemaining', 'stranger', 'en', 'how many incidents are left', ['Support for Business', 'Windows 10', 'LCS', 'https://support.serviceshub.microsoft.com/supportforbusiness/create']],
  ['incidentsRemaining', 'erin', 'ja', 'あと何件インシデントが使えますか', ['Fabrikam Inc', 'アクティブ化']],
  // cloudCompetencies
  ['cloudCompetencies', 'stranger', 'en', 'which competencies are cloud competencies', ['Security', 'Cloud Platform', 'Small and Midmarket Cloud Solutions']],
  ['cloudCompetencies', 'stranger', 'en', 'does datacenter count as a cloud competency', ['Datacenter', 'not a cloud competency']],
  ['cloudCompetencies', 'alice', 'ja', 'クラウドコンピテンシーはどれですか', ['クラウド プラットフォーム', 'データ分析 (その他)']],
  // technicalSupportScope
  ['technicalSupportScope', 'stranger', 'en', 'what counts as technical support', ['troubleshooting', 'error message']],
  ['technicalSupportScope', 'dave', 'ja', 'テクニカルサポートの範囲は', ['トラブルシューティング', 'エラー メッセージ']],
  // oldProducts
  ['oldProducts', 'stranger', 'en', 'is windows server 2008 supported', ['Windows Server 2008', 'n-1', 'https://aka.ms/n-1']],
  ['oldProducts', 'stranger', 'ja', 'Exchange 2010 のサポート', ['n-1', '対象外']],
  // whoCanActivate
  ['whoCanActivate', 'dave', 'en', 'who can activate benefits', ['Global admin', 'MPN partner admin', 'Alice Chen', 'Bob Kato']],
  ['whoCanActivate', 'dave', 'ja', '誰がアクティブ化できますか', ['グローバル管理者', 'MPN パートナー管理者', 'Alice Chen', 'Bob Kato']],
  ['whoCanActivate', 'stranger', 'en', 'which role can activate', ['Global admin', 'MPN partner admin']],
  // accountAssociation
  ['accountAssociation', 'carol', 'en', 'is my account associated with mpn or csp', ['CSP only', 'MPN-associated account']],
  ['accountAssociation', 'stranger', 'ja', 'MPN と CSP のアカウントの違い', ['MPN', 'CSP', 'この操作は許可されていません']],
  // anyoneCanUse
  ['anyoneCanUse', 'stranger', 'en', 'can I use a personal microsoft account', ['personal Microsoft account', 'Access ID', 'Contract ID']],
  ['anyoneCanUse', 'dave', 'ja', '個人の Microsoft アカウントでも使えますか', ['個人の Microsoft アカウント', 'アクセス ID', 'Alice Chen']],
  // activationHowTo
  ['activationHowTo', 'erin', 'en', 'how do I activate', ['Technical benefits', 'Activate', 'a few days', 'Activate our benefits']],
  ['activationHowTo', 'stranger', 'ja', 'アクティブ化の方法', ['技術関連の特典', 'アクティブ化', '数日', 'https://partner.microsoft.com/dashboard']],
  ['activationHowTo', 'heidi', 'en', 'how does activation work', ['Wingtip Partners', 'being processed']],
  // findIds
  ['findIds', 'alice', 'en', 'where do I find the access id', ['7F3A9C21-4B8D-4E6F-A1C2-9D0E5B7F3A12', '3104578821']],
  ['findIds', 'stranger', 'ja', 'アクセス ID はどこで確認できますか', ['技術関連の特典', 'アクセス ID', '契約 ID']],
  ['findIds', 'erin', 'en', 'where is the contract id', ['Fabrikam Inc', 'not activated']],
  // onPremRequestHowTo
  ['onPremRequestHowTo', 'stranger', 'en', 'how do I open an on prem support request', ['Support for Business', 'Add contract', 'https://support.serviceshub.microsoft.com/supportforbusiness/create']],
  ['onPremRequestHowTo', 'frank', 'ja', 'オンプレミスのサポート要求の出し方', ['ビジネス向けサポート', '残り 3 件']],
  // cloudRequestHowTo
  ['cloudRequestHowTo', 'stranger', 'en', 'how do I open an azure support request', ['Link support benefits', 'New support request', 'Cloud Solution Provider']],
  ['cloudRequestHowTo', 'erin', 'en', 'how can I raise an azure support request', ['Fabrikam Inc', 'no cloud support']],
  ['cloudRequestHowTo', 'frank', 'ja', 'Azure のサポート要求の出し方', ['5pack', '使い切り', 'サポート特典のリンク']],
  // cspPlan
  ['cspPlan', 'alice', 'en', 'what is the cloud solution provider support plan', ['Cloud Solution Provider', 'without adding a contract', requestMessages.for('en')('cspYes', { company: 'Contoso Ltd' })]],
  ['cspPlan', 'stranger', 'ja', 'クラウド ソリューション プロバイダーのサポートプランとは', ['クラウド ソリューション プロバイダー', '契約を追加せず']],
  // unavailablePlans
  ['unavailablePlans', 'stranger', 'en', 'my partner contract is under unavailable support plans', ['expired', 'no incidents left', 'old product']],
  ['unavailablePlans', 'frank', 'ja', 'パートナー契約が利用できないサポートプランに表示されています', ['期限切れ', '5pack']],
  // benefitDuration
  ['benefitDuration', 'alice', 'en', 'how long does a benefit stay associated', [activationHowToMessages.for('en')('duration'), 'Alice Chen']],
  ['benefitDuration', 'stranger', 'ja', '特典はどれくらいアカウントに関連付けられたままですか', ['有効期限', 'インシデント']],
  // errorNotAuthorized
  ['errorNotAuthorized', 'carol', 'en', 'You are not authorized for this action', ['CSP only', 'MPN-associated account']],
  ['errorNotAuthorized', 'stranger', 'ja', 'このアクションを実行する権限がありません', ['CSP', 'MPN に関連付けられたアカウント']],
  // errorNoBenefits
  ['errorNoBenefits', 'grace', 'en', "Looks like you don't have any benefits yet", ['Tailspin Toys', 'no active offer', 'Account icon']],
  ['errorNoBenefits', 'alice', 'ja', 'まだ特典がないようです', ['Contoso Ltd', 'アカウント アイコン']],
  // paidPlans
  ['paidPlans', 'stranger', 'en', 'premier support for partners', ['Premier Support for Partners', 'Advanced Support for Partners', 'https://partner.microsoft.com/support/partnersupport']],
  ['paidPlans', 'frank', 'ja', 'サポートを追加購入するには', ['パートナー向けの Premier サポート', '5pack']],
  // usefulLinks
  ['usefulLinks', 'stranger', 'en', 'useful links', ['https://partner.microsoft.com/dashboard', 'https://support.microsoft.com/topic/how-many-partner-support-incidents-are-remaining-e8220db5-14f6-93db-4b4a-35766e11b3c3']],
  ['usefulLinks', 'bob', 'ja', '役に立つリンク', ['パートナー センター', 'https://aka.ms/n-1']],
];

describe('knowledge topics over HTTP', () => {
  it.each(CASES)('%s: %s (%s) asks "%s"', async (_topic, who, lang, question, expected) => {
    const asked = await ask(who, question, lang);
    expectRenderedCard(asked);
    expectLanguage(asked, lang);
    const seen = `${asked.visible}\n${asked.raw}`;
    for (const fact of expected) expect(seen).toContain(fact);
  });
});

/** The Action.Submit data of every button on the replies' cards. */
function buttonData(asked: Asked): Array<Record<string, unknown>> {
  const found: Array<Record<string, unknown>> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const obj = node as Record<string, unknown>;
    if (obj.type === 'Action.Submit' && typeof obj.data === 'object' && obj.data !== null) found.push(obj.data as Record<string, unknown>);
    Object.values(obj).forEach(walk);
  };
  walk(asked.activities);
  return found;
}

describe('what the one-line answer, the buttons and "Why?" carry', () => {
  it.each([
    ['alice', 'en', 'how many incidents do we have left?', [remainingMessages.for('en')('product', { company: 'Contoso Ltd', remaining: 12, total: 20, end: formatDate('2027-07-27', 'en') })]],
    ['alice', 'ja', '残っているインシデント数を教えて', ['Contoso Ltd', '残り 12 件 (20 件中)', '2027年7月27日']],
    ['frank', 'en', 'how many incidents remain for us', ['3 of 15', '0 of 5']],
    ['erin', 'en', 'is azure support included in our offer', ['Action Pack', 'no cloud support']],
    ['grace', 'ja', 'うちの特典は何ですか', ['Tailspin Toys', '特典はまだありません']],
    ['dave', 'en', 'who is allowed to activate technical benefits', ['Alice Chen and Bob Kato']],
  ] as const)('%s (%s) "%s": the reply text itself states the key fact', async (who, lang, question, facts) => {
    const asked = await ask(who, question, lang);
    for (const fact of facts) expect(asked.text).toContain(fact);
  });

  it('"Why?" names the rules fired, the combination policy and the records used, in each language', async () => {
    // Alice's Contoso: Gold (Cloud Platform) and Silver (Data Analytics); Gold decides both, 2 contracts on record.
    const gold = { level: 'gold', competency: 'cloudPlatform' } as const;
    const why = (language: 'en' | 'ja') => {
      const c = commonMessages.for(language);
      const offer = offerName(program, gold, language);
      return [
        c('whyRule', { offer, effect: `${program.benefitName('productSupport')[language]} 20` }),
        c('whyHighestOffer', { offer }),
        c('whyBestCompetency', { offer }),
      ];
    };
    const en = await ask('alice', 'what benefits do we have', 'en');
    for (const line of why('en')) expect(en.visible).toContain(line);
    // Plain words for people, never a rule's name.
    expect(en.visible).not.toContain('gold-productSupport');
    expect(en.visible).toContain(commonMessages.for('en')('whyContracts', { company: 'Contoso Ltd', count: 2, today: '' }).split(', ')[0]);
    const ja = await ask('alice', 'うちの特典は何ですか', 'ja');
    expect(ja.visible).toContain(commonMessages.for('ja')('whyTitle'));
    for (const line of why('ja')) expect(ja.visible).toContain(line);
  });

  it('offers next steps: activation for an admin of a company not activated yet, and the helpdesk everywhere', async () => {
    const erin = await ask('erin', 'how do I activate', 'en');
    expect(buttonData(erin)).toContainEqual({ verb: 'ask', intent: 'activationRequest' });
    expect(buttonData(erin)).toContainEqual({ verb: 'handoff' });
    const alice = await ask('alice', 'how do I activate', 'en');
    expect(buttonData(alice)).not.toContainEqual({ verb: 'ask', intent: 'activationRequest' });
    expect(alice.text).toContain('already activated');
  });

  it('tells unknown users, under Why?, how to be recognised, and known users nothing of the kind', async () => {
    const stranger = await ask('stranger', 'what benefits do we have', 'en');
    const unknown = commonMessages.for('en')('whyUnknown');
    expect(stranger.visible).toContain(unknown);
    const alice = await ask('alice', 'what benefits do we have', 'en');
    expect(alice.visible).not.toContain(unknown);
    expect(alice.visible).not.toContain('partner directory');
  });

  it('masks Access and Contract IDs outside a 1:1 chat', async () => {
    const group = await ask('alice', 'where can I find our access id', 'en', { conversationType: 'groupChat' });
    expect(group.raw).not.toContain('7F3A9C21-4B8D-4E6F-A1C2-9D0E5B7F3A12');
    expect(group.raw).not.toContain('3104578821');
    expect(group.visible).toContain('••••3A12');
    expect(group.visible).toContain('••••8821');
  });

  it('answers a follow-up ("and Silver?") with the entities it names', async () => {
    const conversationId = `a:knowledge-follow-${randomUUID()}`;
    const first = await ask('stranger', 'how many incidents does gold get?', 'en', { conversationId });
    expect(first.text).toContain('20');
    const second = await ask('stranger', 'and Silver?', 'en', { conversationId });
    expect(second.text).toContain('Silver');
    expect(second.text).toContain('15');
    const third = await ask('stranger', 'では Action Pack は？', 'ja', { conversationId });
    expect(third.text).toContain('10');
    expect(third.text).toMatch(JAPANESE);
  });
});

describe('who can activate, asked by someone without the role', () => {
  it.each(['en', 'ja'] as const)('Dave is not sent to the admins when Contoso is already activated (%s)', async (lang) => {
    const dave = await ask('dave', lang === 'en' ? 'who can activate our benefits?' : '誰がアクティブ化できますか', lang);
    const m = accountMessages.for(lang);
    expect(dave.text).toContain(m('youNeedNotActivated'));
    expect(dave.text).not.toContain(m('youCannot'));
  });
});

describe('one rule for who sees Access and Contract IDs in full', () => {
  it('Dave (no admin role, not the holder) gets them masked even in a 1:1 chat, and is told to ask the admins', async () => {
    const dave = await ask('dave', 'where are our Access ID and Contract ID', 'en');
    expect(dave.raw).not.toContain('7F3A9C21-4B8D-4E6F-A1C2-9D0E5B7F3A12');
    expect(dave.raw).not.toContain('3104578821');
    expect(dave.visible).toContain('••••3A12');
    const askAdmins = (language: 'en' | 'ja') => activationHowToMessages.for(language)('idsAskAdmins', { company: 'Contoso Ltd', people: joinList(['Alice Chen', 'Bob Kato'], language, 'or') });
    expect(dave.text).toContain(askAdmins('en'));
    const ja = await ask('dave', 'アクセス ID と契約 ID はどこですか', 'ja');
    expect(ja.raw).not.toContain('7F3A9C21-4B8D-4E6F-A1C2-9D0E5B7F3A12');
    expect(ja.text).toContain(askAdmins('ja'));
  });

  it('Bob (MPN partner admin) sees them whole in a 1:1 chat although the contracts were added by Alice', async () => {
    const bob = await ask('bob', 'where are our Access ID and Contract ID', 'en');
    expect(bob.visible).toContain('7F3A9C21-4B8D-4E6F-A1C2-9D0E5B7F3A12');
    expect(bob.visible).toContain('3104578821');
  });
});

describe('entitlement answers state both facts, leading with the one asked (the text says it, the card adds the other)', () => {
  const e = entitlementMessages.for;
  const offer = (level: string, language: 'en' | 'ja') => program.offer(level).names[language];
  const pack = (id: 'none' | 'unlimited' | '5pack', language: 'en' | 'ja') => program.cloudPackageName(id)[language];
  const product = (language: 'en' | 'ja') => program.benefitName('productSupport')[language];
  // The decided figures: Silver 15 incidents, cloud unlimited or a 5pack by competency; Action Pack 10 and no cloud support.
  it.each([
    ['en', 'How many incidents does Silver get?', e('en')('offerIncidents', { offer: offer('silver', 'en'), count: 15, benefit: product('en') }), [e('en')('cloudByCompetency', { cloud: pack('unlimited', 'en'), other: pack('5pack', 'en') })]],
    ['en', 'What support benefits come with Silver?', undefined, ['15', pack('5pack', 'en')]],
    ['ja', 'シルバーのクラウドサポートは何件ですか', e('ja')('offerCloudDepends', { offer: offer('silver', 'ja'), cloud: pack('unlimited', 'ja'), other: pack('5pack', 'ja') }), ['15']],
    ['en', 'does action pack include any cloud support', e('en')('offerNoCloud', { offer: offer('actionPack', 'en'), benefit: product('en'), count: 10 }), []],
    ['en', 'how many incidents with action pack', e('en')('offerIncidents', { offer: offer('actionPack', 'en'), count: 10, benefit: product('en') }), [pack('none', 'en')]],
  ] as const)('%s "%s"', async (lang, question, lead, onCard) => {
    const asked = await ask('stranger', question, lang);
    if (lead !== undefined) expect(asked.text.startsWith(lead)).toBe(true);
    const card = asked.visible.slice(asked.text.length);
    for (const fact of onCard) expect(card).toContain(fact);
  });

  it('answers Alice about her own Gold (Cloud Platform), without the general rule saying "unlimited" again', async () => {
    const alice = await ask('alice', 'does Gold include Azure?', 'en');
    // Alice's Gold is in Cloud Platform, a cloud competency: unlimited Signature Cloud Support.
    expect(alice.text).toBe(entitlementMessages.for('en')('yourCloudCompetency', {
      offer: program.offer('gold').names.en,
      competency: competencyName(program, 'cloudPlatform', 'en'),
      benefit: program.benefitName('signatureCloudSupport').en,
      package: program.cloudPackageName('unlimited').en,
    }));
    const stranger = await ask('stranger', 'does Gold include Azure?', 'en');
    expect(stranger.text).not.toContain('Your Gold');
  });

  // The policy decided: offers do not add up, the highest sets the count (Silver 15 + Gold 20 gives 20, not 35).
  const combination = (language: 'en' | 'ja'): string[] => {
    const e = entitlementMessages.for(language);
    const offers = joinList(['silver', 'gold'].map((level) => program.offer(level).names[language]), language);
    return [e('combineHighest'), e('combineBest'), e('combineExample', { offers, count: 20, sum: 35 })];
  };
  it.each([
    ['stranger', 'en', 'do Gold and Silver incidents add up?', combination('en')],
    ['stranger', 'ja', 'ゴールドとシルバーのインシデントは合算されますか', combination('ja')],
    ['alice', 'en', 'do our Gold and Silver incidents add up?', [...combination('en'), entitlementMessages.for('en')('combineYours', { company: 'Contoso Ltd', count: 20 })]],
  ] as const)('states the combination policy: %s (%s) "%s"', async (who, lang, question, facts) => {
    const asked = await ask(who, question, lang);
    for (const fact of facts) expect(asked.text).toContain(fact);
  });
});

describe('company names ending in "s" read well', () => {
  it.each([
    ['heidi', 'en', 'how does activation work'],
    ['heidi', 'en', 'where is the contract id'],
    ['heidi', 'en', 'what benefits do we have'],
  ] as const)('%s (%s) "%s" never says "Partners\'s"', async (who, lang, question) => {
    const asked = await ask(who, question, lang);
    expect(asked.visible).toContain('Wingtip Partners');
    expect(asked.visible).not.toMatch(/Partners['’]s/);
  });
});

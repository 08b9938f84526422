/**
 * The Japanese replies quote Partner Center and the portals as the program's
 * Japanese article does (src/rules' article, the localised version): the
 * error messages, the labels partners look for on screen, the paid plans'
 * names. And Japanese reads naturally: no ASCII space between Japanese words
 * (「お持ちのゴールド」), a space between Japanese and Latin words
 * (「MPN パートナー管理者」), as the article writes them.
 */
import { visibleReplyText } from '../../../src/bot/evaluation/replyVerdict.js';
import { messageFrom, personas, submitFrom, type Persona } from '../../helpers/personas.js';
import { useTestApp } from '../../helpers/testApp.js';

const t = useTestApp();
let conversation = 0;

function options() {
  return { serviceUrl: t.connector.url, locale: 'ja-JP', conversationId: `a:article-wording-${++conversation}` };
}
const say = async (persona: Persona, text: string): Promise<string> => visibleReplyText(await t.ask(messageFrom(persona, text, options())));
const submit = async (persona: Persona, value: Record<string, unknown>): Promise<string> => visibleReplyText(await t.ask(submitFrom(persona, value, options())));

/** Where the bot cites it, and the article's Japanese words it must use verbatim. */
const QUOTED: ReadonlyArray<readonly [string, () => Promise<string>, string]> = [
  ['CSP-only account, activation', () => say(personas.carol, '特典をアクティブ化して'), '「この操作は許可されていません」'],
  ['the "not authorized" error explained', () => say(personas.stranger, '特典ページで「この操作は許可されていません」と出ます'), '「この操作は許可されていません」'],
  ['no offer, activation', () => say(personas.grace, '特典をアクティブ化して'), '「まだ特典がないようです」'],
  ['the "no benefits yet" error explained', () => say(personas.stranger, '「まだ特典がないようです」と表示されます'), '「まだ特典がないようです」'],
  ['the "already associated" error diagnosed', () => say(personas.frank, 'Azure でアクセス ID が既に関連付けられていると出ます'), '「このアクセス ID は既にアカウントに関連付けられている」'],
  ['relinking a linked cloud contract', () => say(personas.alice, 'Azure の契約リンクの方法は？'), '「このアクセス ID は既にアカウントに関連付けられている」'],
  ['adding a contract in Support for Business', () => submit(personas.bob, { verb: 'chooseLinkSupport', support: 'onPremises' }), '「サポートプランを購入または追加する必要があります」'],
  ['the on-premises request', () => say(personas.stranger, 'オンプレミス製品のサポート要求はどこで作成しますか'), '「サポートプランを購入または追加する必要があります」'],
  ['unavailable support plans', () => say(personas.stranger, 'パートナー契約が使用できないサポートプランに表示されるのはなぜ'), '「使用できないサポートプランを表示しますか?」'],
  ['linking in the Azure portal', () => submit(personas.alice, { verb: 'chooseLinkSupport', support: 'cloud' }), '[サポート特典のリンク]'],
  ['the paid plans (Premier)', () => say(personas.stranger, '有償のサポートプランを教えて'), 'パートナー向けの Premier サポート'],
  ['the paid plans (Advanced)', () => say(personas.stranger, '有償のサポートプランを教えて'), 'パートナー向けの高度なサポート'],
];

describe('Partner Center and the portals, quoted as the Japanese article does', () => {
  it.each(QUOTED)('%s', async (_where, reply, quoted) => {
    expect(await reply()).toContain(quoted);
  });

  it('never an older wording of the same messages', async () => {
    const seen = (await Promise.all(QUOTED.map(([, reply]) => reply()))).join('\n');
    expect(seen).not.toMatch(/既にアカウントに関連付けられています」|利用できないサポートプラン|購入または追加が必要ですか|購入または追加する必要がありますか/);
  });
});

const QUESTIONS: ReadonlyArray<readonly [Persona, string]> = [
  [personas.alice, 'ゴールドのインシデント数は？'],
  [personas.alice, 'シルバーは？'],
  [personas.frank, 'うちのインシデント数は？'],
  [personas.alice, '残りのインシデントは何件ですか'],
  [personas.stranger, 'シルバーにクラウドサポートは含まれますか'],
  [personas.dave, '特典をアクティブ化して'],
  [personas.erin, 'クラウドサポートは使えますか'],
  [personas.stranger, 'アクティブ化できるのは誰ですか'],
];

describe('Japanese spacing', () => {
  it.each(QUESTIONS.map(([persona, question]) => [persona.name, question, persona] as const))('%s: 「%s」 has no ASCII space between Japanese words', async (_name, question, persona) => {
    const text = await say(persona, question);
    const between = text.match(/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー] +[\p{Script=Hiragana}]|[\p{Script=Hiragana}] +[\p{Script=Katakana}\p{Script=Han}]/gu) ?? [];
    expect({ question, between }).toEqual({ question, between: [] });
  });

  it('keeps the space between Japanese and Latin words, as the article writes 「MPN パートナー管理者」', async () => {
    expect(await say(personas.stranger, 'アクティブ化できるのは誰ですか')).toContain('MPN パートナー管理者');
  });
});

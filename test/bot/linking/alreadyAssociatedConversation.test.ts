/**
 * "This Access ID is already associated to an account", pasted or described
 * in either language, diagnosed from each persona's stored contracts.
 */
import { messageFrom, personas, type Persona } from '../../helpers/personas.js';
import { useTestApp, visibleText } from '../../helpers/testApp.js';
import { ids } from '../../domain/linking/demoIds.js';
import { program } from '../../helpers/program.js';
import { cardsIn } from '../activation/cardActions.js';

const t = useTestApp();

const PASTED_EN = 'This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID';
const PASTED_JA = 'このアクセス ID は既にアカウントに関連付けられています。新しいアクセス ID を取得するには、テクニカル アカウント マネージャーにお問い合わせください';
let conversation = 0;

async function say(persona: Persona, text: string, locale: string, conversationType: 'personal' | 'groupChat' = 'personal') {
  const options = { serviceUrl: t.connector.url, locale, conversationType, conversationId: `a:associated-${++conversation}` };
  return t.ask(messageFrom(persona, text, options));
}

describe('the scenario shown matches the stored contracts', () => {
  type Case = [string, Persona, string, string, readonly string[]];
  it.each<Case>([
    ['Alice, pasted (A)', personas.alice, 'en-US', PASTED_EN, ['A: already linked to your account', 'harmless', '+ New support request', 'already associated with your account']],
    ['Alice, described in Japanese (A)', personas.alice, 'ja-JP', 'Azure でアクセス ID が既に関連付けられていると出ます', ['A: すでにあなたのアカウントにリンク済み', '新しいサポート要求', 'すでにあなたのアカウントに関連付けられています']],
    ['Frank, pasted (B)', personas.frank, 'en-US', PASTED_EN, ['B: the contract is no longer valid', 'no incidents left', 'Premier Support for Partners', 'Advanced Support for Partners', '0 incidents remaining']],
    ['Frank, pasted in Japanese (B)', personas.frank, 'ja-JP', PASTED_JA, ['B: 契約が有効ではありません', '新しいサポートプランを購入する必要', 'パートナー向けの Premier サポート', '残りのインシデントが 0 件']],
    ['Dave: the contract is Alice\'s', personas.dave, 'en-US', 'Azure says my access id is already associated', ['Linked to a colleague', 'Alice Chen', 'associated with another account']],
    ['Erin: Action Pack has no cloud support', personas.erin, 'en-US', PASTED_EN, ['No cloud support', 'Microsoft Action Pack', 'grants Signature Cloud Support']],
    ['Heidi: no contract on record', personas.heidi, 'en-US', PASTED_EN, ['both scenarios', 'A: the contract was already added', 'B: the contract expired', 'no Signature Cloud Support contract on record']],
    ['an unknown user', personas.stranger, 'ja-JP', PASTED_JA, ['両方のシナリオ', 'パートナー ディレクトリ', '判断できる契約が登録されていません']],
  ])('%s', async (_case, persona, locale, text, expected) => {
    const shown = visibleText(await say(persona, text, locale));
    for (const phrase of expected) expect(shown).toContain(phrase);
    // The why is in plain words: no rule names.
    expect(shown).not.toMatch(/already-associated-/);
  });

  it.each([['en-US', 'en', PASTED_EN], ['ja-JP', 'ja', PASTED_JA]] as const)('Frank (%s) reads each paid plan once: its button opens the plan', async (locale, language, pasted) => {
    const replies = await say(personas.frank, pasted, locale);
    const shown = visibleText(replies);
    const openUrls = cardsIn(replies).flatMap((c) => ((c.actions as Array<Record<string, unknown>> | undefined) ?? []).filter((a) => a.type === 'Action.OpenUrl'));
    for (const plan of program.paidPlans()) {
      expect(shown.split(plan.names[language])).toHaveLength(2);
      expect(openUrls).toContainEqual(expect.objectContaining({ title: plan.names[language], url: plan.url }));
    }
  });

  it('never tells anyone to contact the Technical Account Manager', async () => {
    expect(visibleText(await say(personas.frank, PASTED_EN, 'en-US'))).not.toMatch(/contact your Technical Account Manager/i);
  });
});

describe('IDs pasted with the error', () => {
  it('another company\'s IDs give the general explanation and reveal nothing about that company', async () => {
    const shown = visibleText(await say(personas.alice, `${PASTED_EN} ${ids.northwind5pack.accessId} ${ids.northwind5pack.contractId}`, 'en-US'));
    expect(shown).toContain('don\'t match a contract of Contoso Ltd');
    expect(shown).not.toMatch(/Northwind|Frank|5pack \(/);
  });

  it('in a group chat the contract IDs are masked, even the user\'s own', async () => {
    const replies = await say(personas.alice, PASTED_EN, 'en-US', 'groupChat');
    const raw = JSON.stringify(replies);
    expect(raw).not.toContain(ids.contosoCloud.accessId);
    expect(raw).not.toContain(ids.contosoCloud.contractId);
    expect(visibleText(replies)).toContain('••••8822');
  });

  it('a colleague\'s contract IDs are masked even in a 1:1 chat', async () => {
    const raw = JSON.stringify(await say(personas.dave, PASTED_EN, 'en-US'));
    expect(raw).not.toContain(ids.contosoCloud.accessId);
  });

  it('an admin who may activate (Bob) sees them whole in a 1:1 chat, by the same rule as everywhere', async () => {
    const shown = visibleText(await say(personas.bob, PASTED_EN, 'en-US'));
    expect(shown).toContain('Alice Chen');
    expect(shown).toContain(ids.contosoCloud.accessId);
  });
});

/**
 * Conversations through botbuilder's TestAdapter and the real handler, with
 * the in-memory store seeded with the demo directory: one row per topic, as
 * known and unknown users, in both languages.
 */
import { TestAdapter, type Activity } from 'botbuilder';
import { buildServices } from '../../../src/app.js';
import type { SupportBot } from '../../../src/bot/supportBot.js';
import { loadConfig } from '../../../src/config.js';
import { fixedClock } from '../../../src/domain/clock.js';
import { createLogger } from '../../../src/logger.js';
import { createMemoryStore, seedIfEmpty } from '../../../src/storage/index.js';
import { personas, type Persona } from '../../helpers/personas.js';
import { TEST_TODAY } from '../../helpers/testDay.js';
import { visibleText } from '../../helpers/visibleText.js';

let bot: SupportBot;

beforeAll(async () => {
  const store = createMemoryStore();
  await seedIfEmpty(store, TEST_TODAY);
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  ({ bot } = await buildServices(config, store, createLogger('silent'), fixedClock(`${TEST_TODAY}T09:00:00.000Z`)));
});

function adapterFor(persona: Persona, locale = 'en-US'): TestAdapter {
  return new TestAdapter((context) => bot.run(context), {
    channelId: 'msteams',
    locale,
    from: { id: `29:${persona.aadObjectId}`, name: persona.name, aadObjectId: persona.aadObjectId },
    conversation: { id: `test-${persona.aadObjectId}`, conversationType: 'personal', tenantId: persona.tenantId, isGroup: false, name: '' },
    channelData: { tenant: { id: persona.tenantId } },
  } as Partial<Activity>);
}

async function replyTo(persona: Persona, text: string, locale?: string): Promise<string> {
  const adapter = adapterFor(persona, locale);
  const replies: Array<Record<string, unknown>> = [];
  await adapter.send(text).assertReply((activity) => void replies.push(activity as unknown as Record<string, unknown>)).startTest();
  return visibleText(replies);
}

const { alice, carol, dave, erin, frank, grace, heidi, stranger } = personas;

describe.each([
  // topic, who, English, expected, Japanese, expected
  ['incidents left', alice, 'how many support incidents do we have left?', '12 of 20', '残りのインシデントは何件？', '残り 12 件'],
  ['incidents left (Northwind)', frank, 'how many incidents remain on our contract?', '3 of 15', 'うちのインシデントの残数を教えて', '3 件'],
  ['offer incidents (unknown user)', stranger, 'how many incidents does Gold get?', '20', 'ゴールドのインシデント数は？', '20'],
  ['Action Pack and cloud', erin, 'does Action Pack include Azure support?', 'does not include', 'Action Pack に Azure のサポートは含まれますか', '含まれません'],
  ['who can activate', dave, 'who can activate our benefits?', 'Alice Chen', '特典をアクティブ化できるのは誰？', 'Alice Chen'],
  ['CSP-only account', carol, 'Partner Center says You are not authorized for this action', 'MPN', 'パートナー センターで「この操作を行う権限がありません」と表示されます', 'MPN'],
  ['no benefits yet', grace, "Looks like you don't have any benefits yet", 'no active offer', '「まだ特典がないようです」と出ます', '有効なオファー'],
  ['activation status', heidi, "what's the status of our activation?", 'Heidi Nakamura', 'アクティブ化の状況はどうなっていますか', 'Heidi Nakamura'],
  ['already associated (A)', alice, 'Azure says my Access ID is already associated', 'harmless', 'Azure で「アクセス ID は既に関連付けられています」と出ます', '問題'],
  ['already associated (B)', frank, 'Azure says my Access ID is already associated', 'no incidents left', 'アクセス ID が既に関連付けられているというエラーが出ます', 'インシデント'],
  ['n-1 policy', stranger, 'is Windows Server 2008 still supported?', 'n-1', 'Windows Server 2008 はサポート対象ですか', 'n-1'],
  ['paid plans', stranger, 'what paid support plans are there?', 'Premier', '有償のサポートプランはありますか', 'Premier'],
])('%s', (_topic, who, english, expectedEn, japanese, expectedJa) => {
  it('answers in English', async () => {
    expect(await replyTo(who, english)).toContain(expectedEn);
  });
  it('answers in Japanese', async () => {
    const text = await replyTo(who, japanese, 'ja-JP');
    expect(text).toContain(expectedJa);
    expect(text).toMatch(/[\u3040-\u30ff]/);
  });
});

describe('conversation framing', () => {
  it('greets a known user by name and an unknown user in general terms', async () => {
    expect(await replyTo(alice, 'hello')).toContain('Alice Chen');
    expect(await replyTo(stranger, 'hello')).toContain("don't have you in the partner directory");
  });

  it('is not sure rather than wrong, and offers the helpdesk', async () => {
    const text = await replyTo(stranger, 'what is the weather in Paris tomorrow?');
    expect(text).toContain('not sure');
    expect(text).toContain('Talk to the helpdesk');
  });

  it('keeps the topic for a follow-up ("and Silver?")', async () => {
    const adapter = adapterFor(stranger);
    const seen: string[] = [];
    await adapter
      .send('how many incidents does Gold get?')
      .assertReply((a) => void seen.push(visibleText([a as unknown as Record<string, unknown>])))
      .send('and Silver?')
      .assertReply((a) => void seen.push(visibleText([a as unknown as Record<string, unknown>])))
      .startTest();
    expect(seen[0]).toContain('20');
    expect(seen[1]).toContain('15');
  });
});

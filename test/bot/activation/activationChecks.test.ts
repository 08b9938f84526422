/**
 * Every check of the activation walk-through, over HTTP through the real
 * server, by typing (English and Japanese) and by clicking what the cards
 * offer: unknown user, CSP-only, no offers, not an admin (and asking the
 * admins), already activated (masked outside 1:1), already requested.
 */
import { messageFrom, personas, submitFrom, executeFrom, type Persona } from '../../helpers/personas.js';
import { startTestApp, visibleText, type TestApp } from '../../helpers/testApp.js';
import { actionWithVerb, cardsIn, invokeCard, invokeReplies } from './cardActions.js';
import { activationWhyMessages } from '../../../src/bot/features/activation/activationWhyMessages.js';
import { activatingRoles, formatDate, rolesText } from '../../../src/bot/presentation/index.js';
import { program } from '../../helpers/program.js';

let t: TestApp;
const opts = () => ({ serviceUrl: t.connector.url });
const say = async (who: Persona, text: string, extra: { locale?: string; conversationType?: 'groupChat' } = {}) => t.ask(messageFrom(who, text, { ...opts(), ...extra }));

beforeAll(async () => {
  t = await startTestApp({ ACTIVATION_PROCESSOR: 'helpdesk' });
  // Alice and Bob have talked with the bot in 1:1, so it can reach them later.
  for (const admin of [personas.alice, personas.bob]) await say(admin, 'hello');
}, 60_000);
afterAll(() => t.close());

describe('who may not activate is told why, and what to do', () => {
  it.each([
    ['en', 'activate our support benefits', ['partner directory', 'Global admin or MPN partner admin', 'added']],
    ['ja', '特典をアクティブ化して', ['パートナー ディレクトリ', 'グローバル管理者または MPN パートナー管理者']],
  ])('an unknown user (%s) hears what the bot can still answer and how to get access', async (_lang, text, expected) => {
    const seen = visibleText(await say(personas.stranger, text));
    for (const part of expected) expect(seen).toContain(part);
  });

  it.each([
    ['en', 'activate our support benefits', ['You are not authorized for this action', 'associated with CSP only', 'MPN', 'Alice Chen and Bob Kato', 'not with the MPN (partner network).']],
    ['ja', '特典をアクティブ化して', ['この操作は許可されていません', 'CSP のみ', 'MPN', 'Alice Chen さん、Bob Kato さん', 'MPN (パートナー ネットワーク) には関連付けられていません。']],
  ])('Carol (CSP-only account, %s) gets the "not authorized" situation explained', async (_lang, text, expected) => {
    const seen = visibleText(await say(personas.carol, text));
    for (const part of expected) expect(seen).toContain(part);
    expect(seen).not.toContain('activation-accountNotMpnAssociated');
  });

  it.each([
    ['en', 'activate our support benefits', ["Looks like you don't have any benefits yet", 'Account icon', 'Tailspin Toys']],
    ['ja', '特典をアクティブ化して', ['まだ特典がないようです', 'アカウント アイコン']],
  ])('Grace (no active offer, %s) hears "no benefits yet" with the wrong-account hint', async (_lang, text, expected) => {
    const seen = visibleText(await say(personas.grace, text));
    for (const part of expected) expect(seen).toContain(part);
  });

  it('Heidi (already requested) hears when, by whom and how long it takes, in both languages', async () => {
    const en = visibleText(await say(personas.heidi, 'activate our support benefits'));
    expect(en).toContain('requested by Heidi Nakamura at 22 Nov 2026, 09:30 UTC');
    expect(en).toContain('a few days');
    const ja = visibleText(await say(personas.heidi, '特典をアクティブ化して'));
    expect(ja).toContain('2026年11月22日 09:30 (UTC) に Heidi Nakamura さんが申請済み');
    expect(ja).toContain('数日');
  });

  it('Heidi asking for the status gets the same facts from the store', async () => {
    expect(visibleText(await say(personas.heidi, "What's the status of our activation?"))).toContain('being processed');
    expect(visibleText(await say(personas.heidi, 'アクティブ化の状況は？'))).toContain('現在処理中');
  });
});

describe('Alice (already activated)', () => {
  it('sees the benefits with their Access ID and Contract ID in 1:1, and what to do next', async () => {
    const seen = visibleText(await say(personas.alice, 'activate our support benefits'));
    expect(seen).toContain('already activated');
    expect(seen).toContain('7F3A9C21-4B8D-4E6F-A1C2-9D0E5B7F3A12');
    expect(seen).toContain('3104578821');
    expect(seen).toContain('Support for Business');
    expect(seen).toContain('Link support benefits');
  });

  it('Bob (MPN partner admin) sees them whole in 1:1 although Alice added the contracts', async () => {
    const seen = visibleText(await say(personas.bob, 'activate our support benefits'));
    expect(seen).toContain('7F3A9C21-4B8D-4E6F-A1C2-9D0E5B7F3A12');
  });

  it('sees them masked in a group chat', async () => {
    const seen = visibleText(await say(personas.alice, '特典をアクティブ化して', { conversationType: 'groupChat' }));
    expect(seen).toContain('既にアクティブ化されています');
    expect(seen).not.toContain('7F3A9C21-4B8D-4E6F-A1C2-9D0E5B7F3A12');
    expect(seen).not.toContain('3104578821');
    expect(seen).toContain('••••3A12');
  });
});

describe('Dave (no admin role)', () => {
  const contoso = async () => (await t.app.store.directory.findCompany('tenant-contoso'))!;
  const setActivation = async (activation: Record<string, string>) =>
    t.app.store.directory.saveCompany({ ...(await contoso()), activation: activation as never });

  it('asking while Contoso is already activated hears so, with no offer to ask the admins', async () => {
    const replies = await say(personas.dave, 'activate our support benefits');
    const seen = visibleText(replies);
    expect(seen).toContain('already activated');
    expect(seen).toContain('There is nothing to activate. Alice Chen and Bob Kato can share the Access ID and Contract ID');
    expect(seen).not.toContain('Ask Alice');
    expect(seen).not.toContain('7F3A9C21-4B8D-4E6F-A1C2-9D0E5B7F3A12');
    expect(actionWithVerb(cardsIn(replies), 'askAdminsToActivate')).toBeUndefined();
    // The welcome offers no "Activate our benefits" either.
    expect(JSON.stringify(cardsIn(await say(personas.dave, 'help')))).not.toContain('"intent":"activationRequest"');
  });

  it.each([['en-US', 'en', 'activate our support benefits'], ['ja-JP', 'ja', '特典をアクティブ化して']] as const)('the Why? of that answer (%s) says both: Dave\'s roles do not activate, and Contoso is already activated', async (locale, language, text) => {
    const replies = await say(personas.dave, text, { locale });
    const show = cardsIn(replies).flatMap((c) => (c.actions as Array<Record<string, unknown>> | undefined) ?? []).find((a) => a.type === 'Action.ShowCard');
    const why = visibleText([{ attachments: [{ content: show?.card }] }]);
    const m = activationWhyMessages.for(language);
    const company = await contoso();
    expect(why).toContain(m('notActivating', { company: 'Contoso Ltd', roles: rolesText([], language), activating: activatingRoles(program, language) }));
    expect(why).toContain(m('activated', { company: 'Contoso Ltd', date: formatDate(company.activation.activatedAt, language) }));
  });

  it('is offered to ask the admins only while nothing is requested; every card agrees with the state when pressed', async () => {
    const original = await contoso();
    try {
      await setActivation({ status: 'notActivated' });
      const replies = await say(personas.dave, 'activate our support benefits');
      expect(visibleText(replies)).toContain('Only a Global admin or MPN partner admin');
      const ask = actionWithVerb(cardsIn(replies), 'askAdminsToActivate');
      expect(ask?.title).toBe('Ask Alice Chen and Bob Kato to activate');

      const before = t.connector.received.length;
      expect(visibleText(await t.ask(submitFrom(personas.dave, ask!.data, opts())))).toContain("I've asked Alice Chen and Bob Kato");
      await t.connector.waitFor((r) => r.length >= before + 2);
      const toAlice = t.connector.inConversation('a:personal-aad-alice').at(-1)!;
      expect(visibleText([toAlice.activity])).toContain('Dave Ito asks you to activate the technical benefits of Contoso Ltd');
      const aliceCard = cardsIn([toAlice.activity])[0];
      // Teams refreshes the card for Alice when she opens it, so it shows the state of that moment.
      expect((aliceCard?.refresh as { userIds?: string[] }).userIds).toEqual(['29:aad-alice']);
      const activate = actionWithVerb([aliceCard], 'activate');
      expect(activate?.type).toBe('Action.Execute');
      const bobCard = cardsIn([t.connector.inConversation('a:personal-aad-bob').at(-1)!.activity])[0];

      // A double click sends nothing new.
      expect(visibleText(await t.ask(submitFrom(personas.dave, ask!.data, opts())))).toContain('short while ago');
      expect(t.connector.received.length).toBe(before + 2);

      // Alice activates from the card; Bob's card, refreshed, no longer offers Activate.
      const { body } = await t.post(executeFrom(personas.alice, activate!.verb!, activate!.data, opts()));
      expect(visibleText([{ attachments: [{ content: invokeCard(body) }] }])).toContain('Requested by Alice Chen');
      const refresh = (bobCard?.refresh as { action: { verb: string; data: Record<string, unknown> } }).action;
      const refreshed = invokeCard((await t.post(executeFrom(personas.bob, refresh.verb, refresh.data, opts()))).body);
      expect(actionWithVerb([refreshed], 'activate')).toBeUndefined();
      expect(visibleText([{ attachments: [{ content: refreshed }] }])).toContain('Requested by Alice Chen');

      // Dave's old "Ask them" button, pressed now, answers the request in progress and asks no one.
      const sent = t.connector.received.length;
      const pending = visibleText(await t.ask(submitFrom(personas.dave, ask!.data, opts())));
      expect(pending).toContain('Activation was requested by Alice Chen at');
      expect(pending).not.toContain("I've asked");

      // Once activated, Bob's stale Activate answers "already activated" and the card updates in place.
      await setActivation({ status: 'activated', activatedAt: '2026-11-24T09:00:00.000Z' });
      const bobActivate = actionWithVerb([bobCard], 'activate')!;
      const late = await t.post(executeFrom(personas.bob, bobActivate.verb!, bobActivate.data, opts()));
      const updated = invokeCard(late.body);
      expect(actionWithVerb([updated], 'activate')).toBeUndefined();
      expect(visibleText([{ attachments: [{ content: updated }] }])).toContain('Activated on');
      expect(visibleText(invokeReplies(late.body))).toContain('already activated');
      expect(visibleText(await t.ask(submitFrom(personas.dave, ask!.data, opts())))).toContain('There is nothing to activate');
      expect(t.connector.received.length).toBe(sent);
    } finally {
      await t.app.store.directory.saveCompany(original);
    }
  });

  it('hears it in Japanese too', async () => {
    const seen = visibleText(await say(personas.dave, '特典をアクティブ化して'));
    expect(seen).toContain('既にアクティブ化されています');
    expect(seen).toContain('アクティブ化の必要はありません。アクセス ID と契約 ID は Alice Chen さん、Bob Kato さんから共有してもらえます。');
    expect(seen).not.toContain('にアクティブ化を依頼');
  });
});

/**
 * Linking over HTTP through the real server, typed and by submitting the
 * cards as Teams does (Action.Submit posts a message whose value is the
 * action data merged with the inputs; Action.Execute sends an invoke).
 */
import { executeFrom, messageFrom, personas, submitFrom, type Persona } from '../../helpers/personas.js';
import { startTestApp, visibleText, type TestApp } from '../../helpers/testApp.js';
import { extraContracts } from '../../domain/linking/linkingFixture.js';
import { ids } from '../../domain/linking/demoIds.js';
import { actionData, cardOf, executeCard, inputIds } from './linkingTurns.js';
import { linkWhyMessages } from '../../../src/bot/features/linking/linkWhyMessages.js';
import { outcomeMessages } from '../../../src/bot/features/linking/outcomeMessages.js';
import { walkThroughMessages } from '../../../src/bot/features/linking/walkThroughMessages.js';
import { offersText } from '../../../src/bot/presentation/index.js';
import { program } from '../../helpers/program.js';

let t: TestApp;
let conversation = 0;
beforeAll(async () => {
  t = await startTestApp();
  for (const contract of extraContracts) await t.app.store.contracts.save(contract);
}, 60_000);
afterAll(() => t.close());

/** A fresh 1:1 (or group) conversation per test, so no walk-through leaks between tests. */
function chat(locale = 'en-US', conversationType: 'personal' | 'groupChat' = 'personal') {
  const options = { serviceUrl: t.connector.url, locale, conversationType, conversationId: `a:linking-${++conversation}` };
  return {
    say: (p: Persona, text: string) => t.ask(messageFrom(p, text, options)),
    submit: (p: Persona, value: Record<string, unknown>) => t.ask(submitFrom(p, value, options)),
    execute: (p: Persona, verb: string, data: Record<string, unknown>) => executeCard(t, executeFrom(p, verb, data, options)),
  };
}

const associationsOf = async (tenantId: string, id: string) =>
  (await t.app.store.contracts.listByTenant(tenantId)).find((c) => c.id === id)?.associations.map((a) => `${a.aadObjectId}@${a.portal}`);

describe('"Link my contract": which support', () => {
  it.each([
    ['en-US', 'link my contract', 'en'],
    ['ja-JP', '契約をリンクしたい', 'ja'],
  ] as const)('%s: %s → a choice between the two portals', async (locale, text, language) => {
    const replies = await chat(locale).say(personas.alice, text);
    const m = walkThroughMessages.for(language);
    for (const phrase of [m('chooseSummary'), m('onPremisesButton'), m('cloudButton')]) expect(visibleText(replies)).toContain(phrase);
    expect(actionData(cardOf(replies[0]))).toEqual([
      { verb: 'chooseLinkSupport', support: 'onPremises' },
      { verb: 'chooseLinkSupport', support: 'cloud' },
    ]);
  });

  it('an unknown user gets the steps of both portals and is told IDs can be checked only for known users', async () => {
    const c = chat();
    const text = visibleText(await c.say(personas.stranger, 'link my contract'));
    expect(text).toContain('Link support benefits');
    expect(text).toContain('Add contract');
    expect(text).toContain('partner directory');
    const submitted = visibleText(await c.submit(personas.stranger, { verb: 'submitLinkIds', support: 'onPremises', ...ids.contosoOnPremises }));
    expect(submitted).toContain('partner directory');
    expect(await associationsOf('tenant-contoso', 'contract-contoso-product-support')).not.toContainEqual(expect.stringContaining('stranger'));
  });
});

describe('Dave links Contoso\'s on-premises contract to his own account (Action.Submit)', () => {
  it('choose → card with the two inputs → linked, told how to open a request; a second time changes nothing', async () => {
    const c = chat();
    const card = cardOf((await c.submit(personas.dave, { verb: 'chooseLinkSupport', support: 'onPremises' }))[0]);
    expect(inputIds(card)).toEqual(['accessId', 'contractId']);
    expect(actionData(card)).toEqual([{ verb: 'submitLinkIds', support: 'onPremises' }]);

    const linked = visibleText(await c.submit(personas.dave, { verb: 'submitLinkIds', support: 'onPremises', ...ids.contosoOnPremises }));
    expect(linked).toContain('Contract linked');
    expect(linked).toContain(outcomeMessages.for('en')('onPremisesNext1'));
    expect(linked).toContain(ids.contosoOnPremises.accessId); // a 1:1 chat: the owner may see them
    expect(await associationsOf('tenant-contoso', 'contract-contoso-product-support')).toEqual(['aad-alice@supportForBusiness', 'aad-dave@supportForBusiness']);

    const again = visibleText(await c.submit(personas.dave, { verb: 'submitLinkIds', support: 'onPremises', ...ids.contosoOnPremises }));
    expect(again).toContain('Already linked');
    expect(await associationsOf('tenant-contoso', 'contract-contoso-product-support')).toHaveLength(2);
  });
});

describe('each failure has its own explanation, in both languages', () => {
  type Case = [string, Persona, string, Record<string, unknown>, string, string];
  it.each<Case>([
    ['wrong format', personas.bob, 'onPremises', { accessId: 'abc', contractId: '42' }, 'Those IDs don\'t look right', 'ID の形式が正しくありません'],
    ['missing inputs', personas.bob, 'cloud', {}, 'Those IDs don\'t look right', 'ID の形式が正しくありません'],
    ['tampered input types', personas.bob, 'onPremises', { accessId: { $ne: null }, contractId: ['3104578821'] }, 'Those IDs don\'t look right', 'ID の形式が正しくありません'],
    ['another company\'s contract', personas.bob, 'onPremises', ids.northwindOnPremises, 'No matching contract', '一致する契約がありません'],
    ['expired', personas.bob, 'cloud', ids.contosoExpiredCloud, 'This contract has expired', 'この契約は期限切れです'],
    ['no incidents left', personas.frank, 'cloud', ids.northwind5pack, 'No incidents left', 'インシデントが残っていません'],
    ['product support asked for cloud', personas.bob, 'cloud', ids.contosoOnPremises, 'doesn\'t fit that support', 'そのサポートには使えません'],
    ['cloud contract held by Alice', personas.bob, 'cloud', ids.contosoCloud, 'Linked to a colleague', '同僚のアカウントにリンクされています'],
  ])('%s', async (_case, persona, support, typed, english, japanese) => {
    const before = JSON.stringify(await t.app.store.contracts.listByTenant(persona.tenantId));
    const en = visibleText(await chat('en-US').submit(persona, { verb: 'submitLinkIds', support, ...typed }));
    const ja = visibleText(await chat('ja-JP').submit(persona, { verb: 'submitLinkIds', support, ...typed }));
    expect(en).toContain(english);
    expect(ja).toContain(japanese);
    expect(JSON.stringify(await t.app.store.contracts.listByTenant(persona.tenantId))).toBe(before);
  });

  it('another company\'s IDs read exactly like IDs that exist nowhere', async () => {
    const foreign = visibleText(await chat().submit(personas.dave, { verb: 'submitLinkIds', support: 'cloud', ...ids.northwind5pack }));
    const madeUp = visibleText(await chat().submit(personas.dave, { verb: 'submitLinkIds', support: 'cloud', accessId: '99999999-8888-4777-8666-555555555555', contractId: '9999999999' }));
    expect(foreign).toBe(madeUp);
    expect(foreign).not.toMatch(/Northwind|Frank/);
  });

  it('a forged support kind is refused', async () => {
    expect(visibleText(await chat().submit(personas.bob, { verb: 'submitLinkIds', support: 'satellite', ...ids.contosoOnPremises }))).toContain('missing information (support)');
  });
});

describe('Action.Execute replaces the card with the answer', () => {
  it('Erin (Action Pack) asking for cloud is told at once that her offers include no cloud support', async () => {
    const card = await chat().execute(personas.erin, 'chooseLinkSupport', { support: 'cloud' });
    const text = visibleText([{ attachments: [{ content: card }] }]);
    expect(text).toContain(outcomeMessages.for('en')('noCloudSupportTitle'));
    expect(text).toContain('Microsoft Action Pack');
    expect(text).toContain('Premier Support for Partners');
    expect(text).toContain(linkWhyMessages.for('en')('noCloudSupport', { company: 'Fabrikam Inc', offers: offersText(program, [{ level: 'actionPack' }], 'en') }));
    expect(text).not.toContain('link-cloud-needs-cloud-support');
  });

  it.each([['en-US', 'en'], ['ja-JP', 'ja']] as const)('the paid plans on that answer (%s) are each named once, as the button that opens them', async (locale, language) => {
    const card = await chat(locale).execute(personas.erin, 'chooseLinkSupport', { support: 'cloud' });
    const text = visibleText([{ attachments: [{ content: card }] }]);
    const buttons = ((card?.actions as Array<Record<string, unknown>> | undefined) ?? []).filter((a) => a.type === 'Action.OpenUrl');
    for (const plan of program.paidPlans()) {
      expect(text.split(plan.names[language])).toHaveLength(2);
      expect(buttons).toContainEqual(expect.objectContaining({ title: plan.names[language], url: plan.url }));
    }
  });

  it('Erin asking in Japanese, typed', async () => {
    const text = visibleText(await chat('ja-JP').say(personas.erin, 'Azure portal で契約をリンクしたい'));
    expect(text).toContain('オファーにクラウド サポートが含まれていません');
  });

  it('Dave in Japanese linking Alice\'s cloud contract: it stays with Alice', async () => {
    const card = await chat('ja-JP').execute(personas.dave, 'submitLinkIds', { support: 'cloud', ...ids.contosoCloud });
    expect(visibleText([{ attachments: [{ content: card }] }])).toContain('Alice Chen さん');
  });
});

describe('IDs pasted in a message while the walk-through is open', () => {
  it.each([
    ['en-US', personas.bob, (a: string, c: string) => `Access ID: ${a} Contract ID: ${c}`, 'Contract linked'],
    ['ja-JP', personas.carol, (a: string, c: string) => `アクセス ID は ${a}、契約 ID は ${c} です`, '契約をリンクしました'],
  ])('%s', async (locale, persona, message, expected) => {
    const c = chat(locale);
    await c.submit(persona, { verb: 'chooseLinkSupport', support: 'onPremises' });
    expect(visibleText(await c.say(persona, message(ids.contosoOnPremises.accessId, ids.contosoOnPremises.contractId)))).toContain(expected);
  });

  it('IDs typed with the request, before the support is chosen, are used once it is', async () => {
    const c = chat();
    await c.say(personas.alice, `link my contract ${ids.contosoCloud.accessId} ${ids.contosoCloud.contractId}`);
    const text = visibleText(await c.submit(personas.alice, { verb: 'chooseLinkSupport', support: 'cloud' }));
    expect(text).toContain('scenario A');
  });
});

describe('IDs are never echoed outside a 1:1 chat, nor to someone the one rule does not allow', () => {
  it('Dave typing Alice\'s cloud IDs in a 1:1 chat gets them back masked: the contract is not his and he is no admin', async () => {
    const replies = await chat().submit(personas.dave, { verb: 'submitLinkIds', support: 'cloud', ...ids.contosoCloud });
    const raw = JSON.stringify(replies);
    expect(visibleText(replies)).toContain('Alice Chen');
    expect(raw).not.toContain(ids.contosoCloud.accessId);
    expect(raw).not.toContain(ids.contosoCloud.contractId);
    expect(visibleText(replies)).toContain('••••4C73');
  });

  it('in a group chat the answer shows only the last four characters', async () => {
    const replies = await chat('en-US', 'groupChat').submit(personas.alice, { verb: 'submitLinkIds', support: 'cloud', ...ids.contosoCloud });
    const raw = JSON.stringify(replies);
    expect(raw).not.toContain(ids.contosoCloud.accessId);
    expect(raw).not.toContain(ids.contosoCloud.contractId);
    expect(visibleText(replies)).toContain('••••4C73');
  });
});

/**
 * Erin (MPN partner admin, Fabrikam, not activated) activates by clicking the
 * card as Teams sends it; 50 concurrent identical clicks store one request;
 * the helpdesk gets one card; Ivan approves or rejects (re-checked on every
 * click); the requester gets the result proactively over real HTTP.
 */
import { executeFrom, messageFrom, personas, submitFrom, type Persona } from '../../helpers/personas.js';
import { startTestApp, visibleText, type TestApp } from '../../helpers/testApp.js';
import { program } from '../../helpers/program.js';
import { activationMessages } from '../../../src/bot/features/activation/activationMessages.js';
import { helpdeskMessages } from '../../../src/bot/features/activation/helpdeskMessages.js';
import { benefitLine, requestedBy } from '../../../src/bot/presentation/index.js';
import { actionWithVerb, actionsOf, cardsIn, invokeCard, submitFallback, type Json } from './cardActions.js';

let t: TestApp;
const opts = (extra: Record<string, unknown> = {}) => ({ serviceUrl: t.connector.url, ...extra });
const say = (who: Persona, text: string) => t.ask(messageFrom(who, text, opts()));
const HELPDESK_CHANNEL = '19:helpdesk-activations@thread.tacv2';
const fabrikam = 'tenant-fabrikam';
let activate: { verb?: string; data: Json };
let fabrikamRequestId = '';

beforeAll(async () => {
  t = await startTestApp({ ACTIVATION_PROCESSOR: 'helpdesk' });
  await t.app.store.conversationReferences.saveHelpdeskChannel({
    channelId: 'msteams',
    serviceUrl: t.connector.url,
    conversation: { id: HELPDESK_CHANNEL, conversationType: 'channel', isGroup: true, tenantId: 'tenant-helpdesk' },
    bot: { id: '28:partner-support-bot', name: 'Partner Support Bot' },
  });
  await say(personas.heidi, 'hello');
}, 60_000);
afterAll(() => t.close());

it('Erin gets the activation card listing the benefits the rules derive, with an Activate action', async () => {
  const replies = await say(personas.erin, 'activate our support benefits');
  const seen = visibleText(replies);
  // The rules' decision for Action Pack: 10 product-support incidents, cloud support excluded.
  expect(seen).toContain(benefitLine(program, { benefit: 'productSupport', incidents: 10 }, 'en'));
  expect(seen).toContain(activationMessages.for('en')('cloudExcluded'));
  const card = cardsIn(replies)[0];
  expect(card?.version).toBe('1.5');
  activate = actionWithVerb([card], 'activate')!;
  expect(activate).toMatchObject({ type: 'Action.Execute', verb: 'activate' });
  expect(submitFallback(card, 'activate')).toEqual(activate.data);
});

it('the activation card\'s message text states what Erin can do, not just the title; the figures are the card\'s, said once (en, ja)', async () => {
  const expected = (language: 'en' | 'ja'): string => {
    const m = activationMessages.for(language);
    const sentences = [m('textCanActivate', { company: 'Fabrikam Inc' }), m('textPressActivate', { duration: program.activationProcessingTime()[language] })];
    return sentences.join(language === 'ja' ? '' : ' ');
  };
  const en = await say(personas.erin, 'please activate our support benefits');
  expect(en[0]?.text).toBe(expected('en'));
  // Fabrikam may activate 10 product-support incidents and has no cloud support: on the card, once.
  expect(visibleText(en).match(/(?<!\d)10(?!\d)/g)).toHaveLength(1);
  expect(visibleText(en).match(/no cloud support/g)).toHaveLength(1);
  expect(visibleText(en).match(/a few days/g)).toHaveLength(1);
  const ja = await t.ask(messageFrom(personas.erin, 'サポート特典をアクティブ化してください', opts({ locale: 'ja-JP' })));
  expect(ja[0]?.text).toBe(expected('ja'));
  expect(visibleText(ja).match(/(?<!\d)10(?!\d)/g)).toHaveLength(1);
});

it('50 concurrent identical clicks store exactly one request and all show "Requested"', async () => {
  const clicks = Array.from({ length: 50 }, () => t.post(executeFrom(personas.erin, activate.verb!, activate.data, opts())));
  const cards = (await Promise.all(clicks)).map((r) => invokeCard(r.body));
  for (const card of cards) {
    expect(visibleText([{ attachments: [{ content: card }] }])).toMatch(/Requested by Erin Sato at 24 Nov 2026, 09:00 UTC/);
    expect(actionWithVerb([card], 'activate')).toBeUndefined();
  }
  const stored = await t.app.store.activationRequests.listByTenant(fabrikam);
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ requestedBy: 'aad-erin', status: 'pending', language: 'en', benefits: [{ benefit: 'productSupport', incidents: 10 }] });
  expect(stored[0]!.idempotencyKey).toBeTruthy();
  fabrikamRequestId = stored[0]!.id;
  expect((await t.app.store.directory.findCompany(fabrikam))?.activation.status).toBe('pending');
});

it('an older client\'s Action.Submit gets the same "Requested" card as a new message, said once across text and card, and nothing new is stored', async () => {
  const replies = await t.ask(submitFrom(personas.erin, activate.data, opts()));
  // The card keeps who, when and how long (its refresh keeps them current); the text is the short headline.
  const requested = requestedBy({ name: 'Erin Sato', at: '2026-11-24T09:00:00.000Z' }, 'en', true);
  const duration = program.activationProcessingTime().en;
  const cardText = visibleText([{ attachments: [{ content: cardsIn(replies).at(-1) }] }]);
  expect(cardText).toContain(activationMessages.for('en')('cardRequested', { requested, duration }));
  expect(replies.at(-1)?.text).toBe(activationMessages.for('en')('textRequested', { company: 'Fabrikam Inc' }));
  const seen = visibleText(replies);
  expect(seen.split('Erin Sato')).toHaveLength(2);
  expect(seen.split('24 Nov 2026, 09:00 UTC')).toHaveLength(2);
  expect(seen.split(duration)).toHaveLength(2);
  expect(await t.app.store.activationRequests.listByTenant(fabrikam)).toHaveLength(1);
});

it('the helpdesk channel got exactly one approval card', async () => {
  await t.connector.waitFor((r) => r.some((x) => x.conversationId === HELPDESK_CHANNEL));
  const posted = t.connector.inConversation(HELPDESK_CHANNEL);
  expect(posted).toHaveLength(1);
  expect(visibleText([posted[0]!.activity])).toContain('Activation request: Fabrikam Inc');
  expect(posted[0]!.activity.text).toBe(helpdeskMessages.for('en')('cardText', { name: 'Erin Sato', company: 'Fabrikam Inc' }));
  expect(actionWithVerb(cardsIn([posted[0]!.activity]), 'approveActivation')?.data).toEqual({ verb: 'approveActivation', tenantId: fabrikam, requestId: fabrikamRequestId });
});

describe('every card action is re-checked on the server', () => {
  it.each([
    ['another company', personas.erin, { verb: 'activate', step: 'confirm', tenantId: 'tenant-contoso', userId: 'aad-erin' }],
    ['another user', personas.dave, { verb: 'activate', step: 'confirm', tenantId: 'tenant-contoso', userId: 'aad-alice' }],
    ['asking on behalf of another user', personas.dave, { verb: 'askAdminsToActivate', tenantId: 'tenant-contoso', userId: 'aad-carol' }],
    ['approving without being a helpdesk agent', personas.erin, { verb: 'approveActivation', tenantId: fabrikam, requestId: 'x' }],
    ['rejecting without being a helpdesk agent', personas.alice, { verb: 'rejectActivation', tenantId: fabrikam, requestId: 'x', reason: 'no' }],
  ])('a submit naming %s is refused', async (_case, who, data) => {
    expect(visibleText(await t.ask(submitFrom(who, data, opts())))).toContain('belongs to another user or company');
    expect(await t.app.store.activationRequests.listByTenant('tenant-contoso')).toHaveLength(0);
  });

  it('a card missing its ids is refused as malformed', async () => {
    expect(visibleText(await t.ask(submitFrom(personas.erin, { verb: 'activate', step: 'confirm', tenantId: fabrikam }, opts())))).toContain('missing information (userId)');
  });
});

describe('Ivan (helpdesk agent) decides', () => {
  let queueCards: Json[] = [];

  it('asking for pending activations lists Fabrikam and Wingtip with Approve and Reject', async () => {
    const replies = await say(personas.ivan, 'pending activations');
    expect(visibleText(replies)).toContain('2 activation request(s) are waiting');
    queueCards = cardsIn(replies).filter((c) => actionsOf(c).some((a) => a.verb === 'approveActivation'));
    expect(queueCards).toHaveLength(2);
  });

  it('a malformed Access ID is refused and nothing changes', async () => {
    const approve = actionWithVerb(cardsIn([t.connector.inConversation(HELPDESK_CHANNEL)[0]!.activity]), 'approveActivation')!;
    const { body } = await t.post(executeFrom(personas.ivan, 'approveActivation', { ...approve.data, productSupportAccessId: 'not-an-id' }, opts({ conversationType: 'channel', conversationId: HELPDESK_CHANNEL })));
    expect(JSON.stringify(body)).toContain('is not valid');
    expect((await t.app.store.activationRequests.find(fabrikam, fabrikamRequestId))?.status).toBe('pending');
  });

  it('approving with typed IDs creates the contracts, activates Fabrikam and tells Erin over HTTP', async () => {
    const typed = { productSupportAccessId: '1a2b3c4d-0000-4e6f-a1c2-9d0e5b7f3a99', productSupportContractId: '4455667788' };
    const data = { verb: 'approveActivation', tenantId: fabrikam, requestId: fabrikamRequestId, ...typed };
    const channel = opts({ conversationType: 'channel', conversationId: HELPDESK_CHANNEL });
    const first = invokeCard((await t.post(executeFrom(personas.ivan, 'approveActivation', data, channel))).body);
    expect(visibleText([{ attachments: [{ content: first }] }])).toContain('Approved by Ivan Petrov at 24 Nov 2026, 09:00 UTC');
    expect(actionsOf(first)).toHaveLength(0);
    // A second click shows the same decision and creates nothing.
    const again = invokeCard((await t.post(executeFrom(personas.ivan, 'approveActivation', data, channel))).body);
    expect(visibleText([{ attachments: [{ content: again }] }])).toContain('Approved by Ivan Petrov');

    const contracts = await t.app.store.contracts.listByTenant(fabrikam);
    expect(contracts).toEqual([
      expect.objectContaining({ benefit: 'productSupport', incidentsTotal: 10, incidentsRemaining: 10, startDate: '2026-11-24', endDate: '2027-11-23', accessId: '1A2B3C4D-0000-4E6F-A1C2-9D0E5B7F3A99', contractId: '4455667788' }),
    ]);
    expect((await t.app.store.directory.findCompany(fabrikam))?.activation.status).toBe('activated');
    expect((await t.app.store.activationRequests.find(fabrikam, fabrikamRequestId))).toMatchObject({ status: 'approved', decidedBy: 'aad-ivan' });

    await t.connector.waitFor((r) => r.some((x) => x.conversationId === 'a:personal-aad-erin'));
    const message = visibleText(t.connector.inConversation('a:personal-aad-erin').map((r) => r.activity));
    expect(message).toContain('Your technical benefits are activated');
    expect(message).toContain('1A2B3C4D-0000-4E6F-A1C2-9D0E5B7F3A99');
    expect(message).toContain('4455667788');
    expect(message).toContain('Support for Business');
  });

  it('rejecting needs a reason, then Heidi is told why', async () => {
    const [wingtip] = await t.app.store.activationRequests.listByTenant('tenant-wingtip');
    const data = { verb: 'rejectActivation', tenantId: 'tenant-wingtip', requestId: wingtip!.id };
    expect(visibleText(await t.ask(submitFrom(personas.ivan, { ...data, reason: '  ' }, opts())))).toContain('enter a reason');
    const replies = await t.ask(submitFrom(personas.ivan, { ...data, reason: 'The Gold competency renewal is still being processed.' }, opts()));
    expect(visibleText(replies)).toContain('Rejected by Ivan Petrov');
    await t.connector.waitFor((r) => r.some((x) => x.conversationId === 'a:personal-aad-heidi' && JSON.stringify(x.activity).includes('rejected')));
    expect((await t.app.store.directory.findCompany('tenant-wingtip'))?.activation.status).toBe('notActivated');
  });
});

describe('the status question answers from the store, in both languages', () => {
  it.each([
    ['erin', "What's the status of our activation?", 'Activation was completed on 24 Nov 2026'],
    ['erin', 'アクティブ化の状況は？', '2026年11月24日 09:00 (UTC) に完了しました'],
    ['heidi', "What's the status of our activation?", 'Reason: The Gold competency renewal'],
    ['heidi', 'アクティブ化の状況は？', '却下されました'],
  ] as const)('%s asks "%s"', async (who, text, expected) => {
    expect(visibleText(await say(personas[who], text))).toContain(expected);
  });
});

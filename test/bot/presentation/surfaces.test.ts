/**
 * What people read on every surface — a ticket card, the tab's API, a chat
 * reply — is in their language: no internal codes ("globalAdmin",
 * "gold: cloudPlatform", "productSupport", "incidentsRemaining", "#1002") and
 * dates in the one format of the language.
 */
import { CardRenderer } from '../../../src/bot/cards/cardRenderer.js';
import { ticketCardData } from '../../../src/bot/features/handoff/ticketCard.js';
import type { Language } from '../../../src/domain/model.js';
import { startDevChatApp, type DevChatApp } from '../../devchat/devchatApp.js';
import { aTicket, contoso, contosoContract, dave } from '../../domain/handoff/sampleTickets.js';
import { messageFrom, personas } from '../../helpers/personas.js';
import { program } from '../../helpers/program.js';
import { visibleText } from '../../helpers/visibleText.js';
import { newTicket } from '../../../src/domain/handoff/newTicket.js';

/** A camelCase word (an internal code), "gold: cloudPlatform"-style pairs, "#1002"-style ids. */
const INTERNAL = /\b[a-z]+[A-Z][A-Za-z]*\b|\b[a-z]+: [a-z]+[A-Z]\w*|#\d{3,}/;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;
const DATE: Record<Language, RegExp> = { en: /\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b/, ja: /\d{4}年\d{1,2}月\d{1,2}日/ };

function expectPeoplesWords(text: string, language: Language): void {
  expect(text).not.toMatch(INTERNAL);
  expect(text).not.toMatch(ISO_DATE);
  expect(text).toMatch(DATE[language]);
}

const languages: Language[] = ['en', 'ja'];

describe('a ticket card', () => {
  const admin = { ...dave, name: 'Alice Chen', roles: ['globalAdmin', 'mpnPartnerAdmin'] as const };
  const ticket = {
    ...newTicket({
      person: admin,
      company: { ...contoso, offers: [{ level: 'gold', competency: 'cloudPlatform' }, { level: 'silver', competency: 'dataAnalytics' }] },
      contracts: [contosoContract, { ...contosoContract, id: 'c-2', benefit: 'signatureCloudSupport', cloudPackage: 'unlimited', incidentsTotal: null, incidentsRemaining: null }],
      language: 'en',
      topic: 'incidentsRemaining',
      question: 'How many are left?',
      transcript: [],
      mode: 'channel',
      at: '2026-11-24T09:01:00.000Z',
    }),
    id: 'PS-1002',
    number: 1002,
  };

  it.each(languages)('names roles, offers, benefits and the topic, with dates in %s', (language) => {
    const content = new CardRenderer().render('ticket', ticketCardData(ticket, language, program)).content;
    const text = visibleText([{ attachments: [{ content }] }]);
    expectPeoplesWords(text, language);
    expect(text).toContain('PS-1002');
    expect(text).toContain(language === 'en' ? 'Global admin' : 'グローバル管理者');
    expect(text).toContain(language === 'en' ? 'Gold competency' : 'Gold コンピテンシー');
    expect(text).toContain(language === 'en' ? 'Microsoft Product Support (on-premises)' : 'Microsoft 製品サポート (オンプレミス)');
    // IDs stay masked on a card that lives in a channel.
    expect(text).not.toContain(contosoContract.contractId);
  });

  it('a ticket from someone not in the directory still reads cleanly', () => {
    const stranger = aTicket({ requester: { ...aTicket().requester, notInDirectory: true }, snapshot: undefined });
    const content = new CardRenderer().render('ticket', ticketCardData(stranger, 'ja', program)).content;
    expectPeoplesWords(visibleText([{ attachments: [{ content }] }]), 'ja');
  });
});

describe('the tab and chat, through the real server', () => {
  let dev: DevChatApp;
  beforeAll(async () => {
    dev = await startDevChatApp();
    // A ticket of Alice's, so the tab lists one.
    await dev.ask(messageFrom(personas.alice, 'I want to talk to a person', { serviceUrl: dev.connectorUrl }));
  }, 90_000);
  afterAll(() => dev?.close());

  /** Every string of the view a person reads; `activation` and `state` are codes the page looks up. */
  function shownStrings(node: unknown, key = ''): string[] {
    if (typeof node === 'string') return key === 'activation' || key === 'state' || key === 'full' || key === 'masked' ? [] : [node];
    if (Array.isArray(node)) return node.flatMap((n) => shownStrings(n, key));
    if (typeof node === 'object' && node !== null) return Object.entries(node).flatMap(([k, v]) => shownStrings(v, k));
    return [];
  }

  it.each(languages)('the tab API speaks %s: names, PS- ticket ids, topics and dates', async (language) => {
    const response = await fetch(`${dev.app.url}/api/tab/benefits?persona=aad-alice&lang=${language}`);
    expect(response.status).toBe(200);
    const view = (await response.json()) as { tickets: Array<{ id: string; topic: string }>; person: { roles: string[] }; included: Array<{ label: string; value: string }> };
    expectPeoplesWords(shownStrings(view).join('\n'), language);
    // What Contoso's offers include, per declared benefit: Gold's 20 incidents and unlimited cloud support.
    expect(view.included).toEqual([
      { label: program.benefitName('productSupport')[language], value: expect.stringContaining('20') },
      { label: program.benefitName('signatureCloudSupport')[language], value: program.cloudPackageName('unlimited')[language] },
    ]);
    expect(view.tickets.map((t) => t.id)).toEqual([expect.stringMatching(/^PS-\d+$/)]);
    expect(view.person.roles).toContain(language === 'en' ? 'Global admin' : 'グローバル管理者');
  });

  it.each([
    ['en', 'how many incidents do we have left?'],
    ['ja', '残っているインシデント数を教えて'],
  ] as const)('a chat reply in %s dates the contract the same way', async (language, question) => {
    const replies = await dev.ask(messageFrom(personas.alice, question, { serviceUrl: dev.connectorUrl, locale: language === 'ja' ? 'ja-JP' : 'en-US' }));
    const text = visibleText(replies);
    expect(text).not.toMatch(ISO_DATE);
    expect(text).toMatch(DATE[language]);
    // Message text here; test/bot/presentation/noInternalNames.test.ts covers the cards and their Why? panels.
    expect(replies.map((r) => String(r.text ?? '')).join('\n')).not.toMatch(INTERNAL);
  });
});

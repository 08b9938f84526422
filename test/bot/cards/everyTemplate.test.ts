/**
 * Every template in cards/ rendered with representative data (each optional
 * part present and absent) through the templating library and the Adaptive
 * Cards parser. An expansion warning or an unbound ${field} fails the
 * renderer; a parse problem fails here. The samples are typed per template,
 * so a template added without samples, or a renamed binding, does not compile.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as ACData from 'adaptivecards-templating';
import { answerCardData } from '../../../src/bot/cards/answerCard.js';
import { CardRenderer } from '../../../src/bot/cards/cardRenderer.js';
import { CARD_NAMES, type CardDataByName, type CardName, type CardRef } from '../../../src/bot/cards/cardTemplates.js';
import { ticketCardData } from '../../../src/bot/features/handoff/ticketCard.js';
import { projectPath } from '../../../src/projectRoot.js';
import { aTicket } from '../../domain/handoff/sampleTickets.js';
import { adaptiveCardProblems } from '../../helpers/adaptiveCardValidator.js';
import { program } from '../../helpers/program.js';

const renderer = new CardRenderer();
const ids = { tenantId: 'tenant-contoso', userId: 'aad-alice' };

const activationRequest: CardDataByName['activationRequest'] = {
  title: 'Activate technical benefits',
  intro: 'Only a Global admin can activate.',
  summary: 'Contoso Ltd can activate its benefits; processing takes up to 5 business days.',
  facts: [{ label: 'Offers', value: 'Gold (Cloud Platform)' }],
  benefitsHeading: 'Benefits',
  benefits: ['Product support: 20 incidents', 'Signature Cloud Support: unlimited'],
  status: '',
  showActivate: true,
  activateTitle: 'Activate',
  activateData: { verb: 'activate', step: 'confirm', ...ids },
  refreshTitle: 'Activate technical benefits',
  refreshData: { verb: 'activate', step: 'refresh', ...ids },
  refreshUserIds: ['29:alice'],
  why: ['Alice Chen is Global admin of Contoso Ltd, a role that may activate.'],
  whyTitle: 'Why?',
  fallbackText: 'Activate technical benefits',
};

const activationHelpdesk: CardDataByName['activationHelpdesk'] = {
  title: 'Activation request: Contoso Ltd',
  facts: [{ label: 'Company', value: 'Contoso Ltd' }],
  benefitsHeading: 'Benefits',
  benefits: ['Product support: 20 incidents'],
  pending: true,
  hint: 'Leave blank to generate.',
  inputs: [{ id: 'productSupportAccessId', label: 'Access ID (product support)', placeholder: 'blank = generate' }],
  reasonLabel: 'Reason (for a rejection)',
  status: '',
  approveTitle: 'Approve',
  rejectTitle: 'Reject',
  approveData: { verb: 'approveActivation', tenantId: 'tenant-contoso', requestId: 'activation-1' },
  rejectData: { verb: 'rejectActivation', tenantId: 'tenant-contoso', requestId: 'activation-1' },
  fallbackText: 'Activation request: Contoso Ltd',
};

const linkIds: CardDataByName['linkIds'] = {
  title: 'Link an on-premises contract',
  intro: 'Paste the IDs for Contoso Ltd.',
  stepsHeading: 'Where to find them',
  steps: ['1. Open Partner Center', '2. Open Support'],
  accessIdLabel: 'Access ID',
  accessIdPlaceholder: 'XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX',
  accessIdMissing: 'Enter the Access ID',
  contractIdLabel: 'Contract ID',
  contractIdPlaceholder: '0000000000',
  contractIdMissing: 'Enter the Contract ID',
  notes: ['Only you see what you type here.'],
  submitTitle: 'Check and link',
  support: 'onPremises',
  portalTitle: 'Support for Business',
  portalUrl: 'https://partner.microsoft.com/support',
  fallbackText: 'Link an on-premises contract',
};

const routeChoice: CardDataByName['routeChoice'] = {
  title: 'Which customer?',
  summary: 'Pick the customer of Contoso Ltd.',
  inputId: 'customerId',
  label: 'Customer',
  choices: [{ title: 'Adventure Works', value: 'cust-1' }],
  known: { product: 'azure' },
  requiredText: 'Pick one',
  submitTitle: 'Continue',
  submitData: { verb: 'chooseRouteOption', product: 'azure' },
  buttons: [{ title: 'Talk to the helpdesk', data: { verb: 'handoff' } }],
  why: ['Contoso Ltd holds Gold competency (Cloud Platform).'],
  whyTitle: 'Why?',
  fallbackText: 'Which customer?',
};

const reminder: CardDataByName['reminder'] = {
  title: 'Incidents running low',
  summary: 'Contoso Ltd has 2 of 20 incidents left.',
  style: 'warning',
  facts: [{ label: 'Company', value: 'Contoso Ltd' }],
  nextStepHeading: 'Next step',
  nextStep: 'Compare the paid plans.',
  optOutNote: 'Say "stop reminders" to stop them.',
  links: [{ title: 'Compare partner support plans', url: 'https://partner.microsoft.com/support' }],
  buttons: [{ title: 'Stop reminders', data: { verb: 'stopReminders' } }],
  fallbackText: 'Incidents running low',
};

const rating: CardDataByName['rating'] = {
  title: 'How did we do?',
  summary: 'Ticket PS-1001 is resolved.',
  scoreLabel: 'Your rating',
  scoreMissing: 'Choose a rating from 1 to 5.',
  choices: [1, 2, 3, 4, 5].map((n) => ({ title: String(n), value: String(n) })),
  commentLabel: 'Comment (optional)',
  commentPlaceholder: 'What went well?',
  send: 'Send rating',
  reopen: 'Not solved: reopen',
  ticketId: 'PS-1001',
  fallbackText: 'How did we do?',
};

const escalation: CardDataByName['escalation'] = {
  title: 'Still unclaimed: ticket PS-1002',
  summary: 'Ticket PS-1002 has waited 31 minutes.',
  facts: [{ label: 'Topic', value: 'General question' }],
  assign: 'Assign to me',
  ticketId: 'PS-1002',
  rev: 1,
  fallbackText: 'Still unclaimed: ticket PS-1002',
};

const digest: CardDataByName['digest'] = {
  title: 'Helpdesk report',
  period: '2026-11-23 00:00 to 2026-11-30 00:00 (UTC)',
  figures: [{ label: 'Tickets opened', value: '2' }],
  sections: [{ heading: 'Top questions the bot could not answer', items: ['2× book a taxi'], note: 'Kept 90 days.' }],
  fallbackText: 'Helpdesk report',
};

const samples: { readonly [N in CardName]: ReadonlyArray<CardDataByName[N]> } = {
  answer: [
    answerCardData({
      title: 'Incidents left',
      summary: '12 of 20 left.',
      facts: [{ label: 'Product support', value: '12 of 20' }],
      sections: [{ heading: 'Steps', items: ['One', 'Two'], numbered: true }],
      notes: ['A note'],
      links: [{ title: 'Partner Center dashboard', url: 'https://partner.microsoft.com/dashboard' }],
      buttons: [{ title: 'Who can activate?', verb: 'ask', args: { intent: 'whoCanActivate' } }],
      why: ['Because of Gold competency: Microsoft Product Support 20.'],
    }),
    answerCardData({ title: 'Title', summary: 'Summary' }),
  ],
  activationRequest: [
    activationRequest,
    { ...activationRequest, intro: '', facts: [], showActivate: false, status: 'Requested by Alice Chen on 24 Nov 2026', refreshUserIds: [], why: [] },
  ],
  activationHelpdesk: [activationHelpdesk, { ...activationHelpdesk, pending: false, inputs: [], benefits: [], status: 'Approved by Ivan Petrov' }],
  linkIds: [linkIds, { ...linkIds, steps: [], notes: [] }],
  routeChoice: [routeChoice, { ...routeChoice, inputId: 'product', choices: [], known: {}, buttons: [], why: [] }],
  reminder: [reminder, { ...reminder, style: 'attention', links: [], facts: [] }],
  rating: [rating],
  escalation: [escalation],
  digest: [digest, { ...digest, sections: [] }],
  ticket: [
    ticketCardData(aTicket(), 'en', program),
    ticketCardData(aTicket({ status: 'resolved', severity: 'urgent', transcript: [] }), 'ja', program),
    ticketCardData(aTicket({ status: 'assigned', assignee: { aadObjectId: 'aad-ivan', tenantId: 'tenant-helpdesk', name: 'Ivan Petrov' } }), 'en', program),
  ],
};

const cases = CARD_NAMES.flatMap((name) => samples[name].map((data, i) => [name, i, data] as const));

describe('every card template', () => {
  it('the typed list of templates is exactly the files in cards/', () => {
    const files = readdirSync(projectPath('cards')).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect([...CARD_NAMES].sort()).toEqual(files.sort());
    expect(renderer.names().sort()).toEqual(files.sort());
  });

  it.each(cases)('%s (sample %d) expands with no warning and parses with no problem', (name, _i, data) => {
    const card = renderer.renderRef({ name, data } as CardRef);
    expect(JSON.stringify(card.content)).not.toMatch(/\$\{/);
    expect(adaptiveCardProblems(card.content)).toEqual([]);
  });

  // Every template today only passes text through, so the renderer expands it once per data shape
  // and puts the strings back: the card must be exactly what the templating library makes of the data.
  const awkward = (value: unknown): unknown => {
    if (typeof value === 'string') return value === '' ? value : `${value} "quoted" back\\slash\nline 日本語 😀 \u0001`;
    if (Array.isArray(value)) return value.map(awkward);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, awkward(item)]));
  };
  it.each(cases)('%s (sample %d) is exactly the library’s own expansion, with plain and awkward text', (name, _i, data) => {
    const library = new ACData.Template(JSON.parse(readFileSync(projectPath('cards', `${name}.json`), 'utf8')));
    for (const variant of [data, awkward(data)]) {
      const expected: unknown = library.expand({ $root: variant });
      // Twice: the second render reuses what the first one expanded.
      expect(renderer.renderRef({ name, data: variant } as CardRef).content).toEqual(expected);
      expect(renderer.renderRef({ name, data: variant } as CardRef).content).toEqual(expected);
    }
  });

  it('a binding the data does not supply fails the render', () => {
    const withoutTitle = Object.fromEntries(Object.entries(linkIds).filter(([key]) => key !== 'title'));
    expect(() => renderer.render('linkIds', withoutTitle as CardDataByName['linkIds'])).toThrow(/linkIds/);
  });
});

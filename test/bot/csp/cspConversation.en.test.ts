/**
 * Support routing over HTTP, in English: the personas ask where to open
 * requests for their own products and for CSP customers, pick from choice
 * cards, and a forged card naming another company's customer is refused.
 */
import { randomUUID } from 'node:crypto';
import { executeFrom, messageFrom, personas, submitFrom, type Persona } from '../../helpers/personas.js';
import { useTestApp, visibleText } from '../../helpers/testApp.js';
import { routeChoiceMessages } from '../../../src/bot/features/csp/routeChoiceMessages.js';
import { routeMessages } from '../../../src/bot/features/csp/routeMessages.js';
import { routeReasons } from '../../../src/bot/features/csp/routeReasons.js';

// Expected wording comes from the catalogues: the tests assert which answer was chosen, with which facts.
const route = routeMessages.for('en');
const choice = routeChoiceMessages.for('en');
const reason = routeReasons.for('en');

const t = useTestApp();

const options = () => ({ serviceUrl: t.connector.url, conversationId: `a:csp-${randomUUID()}` });
const say = async (persona: Persona, text: string) => t.ask(messageFrom(persona, text, options()));
const click = async (persona: Persona, value: Record<string, unknown>) => t.ask(submitFrom(persona, { verb: 'chooseRouteOption', ...value }, options()));
const cardJson = (replies: Array<Record<string, unknown>>) => JSON.stringify(replies.map((r) => r.attachments));

describe('support routing (English)', () => {
  it('Carol, an Admin agent, is routed to Service management for Adventure Works with the CSP plan', async () => {
    const replies = await say(personas.carol, 'I need to open an Azure ticket for my customer Adventure Works');
    const text = visibleText(replies);
    expect(text).toContain(route('cspTitle', { customer: 'Adventure Works' }));
    expect(text).toMatch(/Go to CSP → Customers/);
    expect(text).toMatch(/Service management, then select New request/);
    expect(text).toContain('Cloud Solution Provider');
    expect(text).toContain('Not needed');
    expect(cardJson(replies)).toContain('https://partner.microsoft.com/commerce/customers/list');
    expect(cardJson(replies)).toContain('Contoso Ltd holds Gold competency (Cloud Platform)');
    expect(cardJson(replies)).not.toContain('csp-azure-plan-no-contract');
  });

  it('Dave is told only an Admin agent may, and that Carol is one', async () => {
    const text = visibleText(await say(personas.dave, 'I need to open an Azure ticket for my customer Adventure Works'));
    expect(text).toContain(choice('notPermittedTitle'));
    expect(text).toContain('Carol Díaz');
  });

  it('Alice (Global admin) is not an Admin agent either', async () => {
    const text = visibleText(await say(personas.alice, 'I need to open an Azure ticket for my customer Adventure Works'));
    expect(text).toContain('Carol Díaz');
  });

  it('Frank is told nobody at Northwind is an Admin agent', async () => {
    expect(visibleText(await say(personas.frank, 'open an Azure request for my customer Proseware'))).toContain(choice('noAdminAgents', { company: 'Northwind Traders' }));
  });

  it('Erin: Fabrikam is not in CSP; her Action Pack has no cloud support; Windows Server needs activation first', async () => {
    expect(visibleText(await say(personas.erin, 'I need to open an Azure ticket for my customer'))).toContain(reason('notCspCompany'));
    const azure = visibleText(await say(personas.erin, 'where do I open a request for my Azure problem?'));
    expect(azure).toContain(choice('notEligibleTitle'));
    expect(azure).toContain('Advanced Support for Partners');
    const windows = await say(personas.erin, 'Windows Server issue, where do I file it?');
    expect(visibleText(windows)).toContain(choice('activateTitle'));
    expect(cardJson(windows)).toContain('"intent":"activationRequest"');
  });

  it('Alice\'s Windows Server request goes to Support for Business with 12 incidents left', async () => {
    const replies = await say(personas.alice, 'Windows Server issue, where do I file it?');
    const text = visibleText(replies);
    expect(text).toContain(route('productTitle'));
    expect(text).toContain(route('productSummary', { remaining: 12 }));
    expect(cardJson(replies)).toContain('https://support.serviceshub.microsoft.com/supportforbusiness/create');
  });

  it('an old on-premises version is out of scope (n-1) with the paid options', async () => {
    const replies = await say(personas.frank, 'our Windows Server 2008 box has a problem, where do I file it?');
    expect(visibleText(replies)).toContain('n-1');
    expect(cardJson(replies)).toContain('https://aka.ms/n-1');
  });

  it('an unknown customer gets the company\'s customers to pick from, then the product, then the route', async () => {
    const first = await say(personas.carol, 'open a request for my customer Proseware');
    const choices = visibleText(first);
    expect(choices).toContain(choice('askCustomerTitle'));
    expect(choices).toContain('Adventure Works');
    expect(choices).toContain('Litware');
    expect(choices).not.toContain('Proseware');
    const second = visibleText(await click(personas.carol, { customerId: 'csp-contoso-litware' }));
    expect(second).toContain(choice('askProductTitle'));
    expect(second).toContain('Windows Server');
    const third = visibleText(await click(personas.carol, { customerId: 'csp-contoso-litware', product: 'microsoft365' }));
    expect(third).toContain(route('cspTitle', { customer: 'Litware' }));
    expect(third).toContain(route('contractSignature'));
  });

  it('the "Request for a CSP customer" topic button starts with the customer choice', async () => {
    const replies = await t.ask(submitFrom(personas.carol, { verb: 'ask', intent: 'cspServiceRequest' }, options()));
    expect(visibleText(replies)).toContain(choice('askCustomerTitle'));
    expect(visibleText(await t.ask(submitFrom(personas.dave, { verb: 'ask', intent: 'cspServiceRequest' }, options())))).toContain('Carol Díaz');
  });

  it('a card claiming another company\'s customer is refused (Action.Submit and Action.Execute)', async () => {
    const submitted = visibleText(await click(personas.carol, { customerId: 'csp-northwind-proseware', product: 'azure' }));
    expect(submitted).toContain('belongs to another user or company');
    expect(submitted).not.toContain('Proseware');
    const executed = await t.ask(executeFrom(personas.carol, 'chooseRouteOption', { customerId: 'csp-northwind-proseware', product: 'azure' }, options()));
    expect(visibleText(executed)).toContain('belongs to another user or company');
  });

  it('a stranger asking how customer requests work gets the general CSP route, the directory note and the helpdesk', async () => {
    const replies = await say(personas.stranger, 'how do admin agents open requests for customers?');
    const text = visibleText(replies);
    expect(String(replies[0]?.text)).toContain('Only an Admin agent');
    expect(text).toContain('Admin agent');
    expect(text).toMatch(/CSP → Customers/);
    expect(text).toMatch(/Service management, then select New request/);
    expect(text).toContain('Cloud Solution Provider plan');
    expect(text).toContain('not in the partner directory');
    expect(cardJson(replies)).toContain('https://partner.microsoft.com/commerce/customers/list');
    expect(cardJson(replies)).toContain('"verb":"handoff"');
    expect(cardJson(replies)).toContain('you are not in the partner directory');
    expect(cardJson(replies)).not.toContain('unknown-user-csp-general');
  });

  it('a stranger clicking a customer card is refused', async () => {
    expect(visibleText(await click(personas.stranger, { customerId: 'csp-contoso-litware' }))).toContain('belongs to another user or company');
  });

  it('a malformed product is refused, not guessed', async () => {
    expect(visibleText(await click(personas.carol, { customerId: 'csp-contoso-litware', product: 'bing' }))).toContain('missing information (product)');
  });
});

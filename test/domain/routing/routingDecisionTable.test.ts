/**
 * Every route, decided for the demo personas from the store and routing.json
 * (the program's published support-benefits article).
 */
import type { RoutingQuery } from '../../../src/domain/routing/index.js';
import { personas, type Persona } from '../../helpers/personas.js';
import { routingFixture, type RoutingFixture } from './routingFixture.js';

const azure: RoutingQuery = { product: 'azure', productKind: 'cloud' };
const m365: RoutingQuery = { product: 'microsoft365', productKind: 'cloud' };
const windowsServer: RoutingQuery = { product: 'windowsServer', productKind: 'onPremises' };
const oldWindowsServer: RoutingQuery = { ...windowsServer, oldProduct: true };
const forAdventureWorks = (query: RoutingQuery): RoutingQuery => ({ ...query, text: 'ticket for my customer Adventure Works' });

let fixture: RoutingFixture;
beforeAll(async () => {
  fixture = await routingFixture();
});
afterAll(() => fixture.close());

describe('routing decision table', () => {
  it.each<[string, Persona, RoutingQuery, string, string]>([
    ['Carol (Admin agent), Azure for Adventure Works', personas.carol, forAdventureWorks(azure), 'cspServiceRequest', 'csp-azure-plan-no-contract'],
    ['Carol, Microsoft 365 for Adventure Works', personas.carol, forAdventureWorks(m365), 'cspServiceRequest', 'csp-workload-with-contract'],
    ['Carol, Azure for a customer of another partner', personas.carol, { ...azure, text: 'for my customer Proseware' }, 'askCustomer', 'csp-which-customer'],
    ['Carol, a customer but no product', personas.carol, { text: 'ticket for my customer Litware' }, 'askProduct', 'which-product'],
    ['Carol, Windows Server at a customer: product support', personas.carol, forAdventureWorks(windowsServer), 'productSupport', 'product-support'],
    ['Dave (no role), Azure for a customer', personas.dave, forAdventureWorks(azure), 'notPermitted', 'csp-admin-agent-only'],
    ['Alice (Global admin), Azure for a customer', personas.alice, forAdventureWorks(azure), 'notPermitted', 'csp-admin-agent-only'],
    ['Frank, Azure for Proseware: no Admin agent at Northwind', personas.frank, { ...azure, text: 'for customer Proseware' }, 'notPermitted', 'csp-admin-agent-only'],
    ['Erin, Azure for a customer: Fabrikam is not in CSP', personas.erin, { ...azure, text: 'for my customer' }, 'notPermitted', 'csp-company-not-enrolled'],
    ['Alice, her own Azure (linked)', personas.alice, azure, 'signatureCloud', 'signature-cloud-linked'],
    ['Dave, Azure: contract not linked by his account', personas.dave, azure, 'signatureCloud', 'signature-cloud-link-first'],
    ['Alice, Windows Server', personas.alice, windowsServer, 'productSupport', 'product-support'],
    ['Frank, Windows Server (3 left)', personas.frank, windowsServer, 'productSupport', 'product-support'],
    ['Alice, Windows Server 2008 (n-1)', personas.alice, oldWindowsServer, 'notEligible', 'old-on-premises-product'],
    ['Erin, Azure with Action Pack', personas.erin, azure, 'notEligible', 'cloud-not-in-offer'],
    ['Frank, Azure: 5pack used up', personas.frank, azure, 'notEligible', 'cloud-contract-used-up'],
    ['Grace, anything: no benefits', personas.grace, windowsServer, 'notEligible', 'no-benefits'],
    ['Erin, Windows Server: not activated', personas.erin, windowsServer, 'activateFirst', 'activate-first'],
    ['Heidi, Azure: activation pending', personas.heidi, azure, 'activateFirst', 'activation-pending'],
    ['Alice, no product', personas.alice, { text: 'where do I file it?' }, 'askProduct', 'which-product'],
    ['a stranger', personas.stranger, azure, 'helpdesk', 'unknown-user-helpdesk'],
    ['a stranger asking about requests for customers', personas.stranger, { text: 'how do admin agents open requests for customers?' }, 'cspGeneral', 'unknown-user-csp-general'],
    ['a stranger pressing "Request for a CSP customer"', personas.stranger, { forCustomer: true }, 'cspGeneral', 'unknown-user-csp-general'],
    ['Ivan (helpdesk tenant, no contracts), Azure', personas.ivan, azure, 'notEligible', 'no-benefits'],
  ])('%s', async (_name, persona, query, route, rule) => {
    const { decision } = await fixture.route(persona, query);
    expect({ route: decision.route, rule: decision.rule }).toEqual({ route, rule });
    expect(decision.reason).not.toBe('');
  });

  it('names the matched customer from the store', async () => {
    const outcome = await fixture.route(personas.carol, forAdventureWorks(azure));
    expect(outcome.customer).toEqual({ id: 'csp-contoso-adventure-works', tenantId: 'tenant-contoso', name: 'Adventure Works' });
    expect(outcome.decision.links).toEqual(['partnerCenterCustomers', 'azurePortal']);
    expect(outcome.decision.contractNeeded).toBe(false);
  });

  it('lists only the company\'s own customers for the choice card', async () => {
    const outcome = await fixture.route(personas.carol, { ...azure, text: 'for my customer Proseware' });
    expect(outcome.customers.map((c) => c.name)).toEqual(['Adventure Works', 'Litware']);
  });

  it('a customer id of another company is not the clicker\'s customer', async () => {
    expect(await fixture.routing.customerOf('tenant-contoso', 'csp-northwind-proseware')).toBeUndefined();
    expect(await fixture.routing.customerOf('tenant-contoso', 'csp-contoso-litware')).toMatchObject({ name: 'Litware' });
    const outcome = await fixture.route(personas.carol, { ...azure, customerId: 'csp-northwind-proseware' });
    expect(outcome.decision.route).toBe('askCustomer');
  });
});

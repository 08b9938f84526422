/**
 * Every route's answer renders as a valid Adaptive Card in English and
 * Japanese, with no unbound template field, and every reason in routing.json
 * has its explanation in both languages.
 */
import { readFile } from 'node:fs/promises';
import { CardRenderer } from '../../../src/bot/cards/cardRenderer.js';
import type { RouteServices } from '../../../src/bot/features/csp/routeContext.js';
import { routeReply } from '../../../src/bot/features/csp/routeReply.js';
import { hasReasonText } from '../../../src/bot/features/csp/routeReasons.js';
import { IdentityService } from '../../../src/domain/directory/identityService.js';
import type { Language } from '../../../src/domain/model.js';
import { ROUTES, type Route, type RoutingQuery } from '../../../src/domain/routing/index.js';
import { adaptiveCardProblems } from '../../helpers/adaptiveCardValidator.js';
import { personas, type Persona } from '../../helpers/personas.js';
import { realServices, RULES_DIR } from '../../domain/entitlement/realRules.js';
import { routingFixture, type RoutingFixture } from '../../domain/routing/routingFixture.js';

const azure: RoutingQuery = { product: 'azure', productKind: 'cloud' };
const windowsServer: RoutingQuery = { product: 'windowsServer', productKind: 'onPremises' };

/** One case per route, so the table fails when a route has no example. */
const EXAMPLES: Readonly<Record<Route, [Persona, RoutingQuery]>> = {
  cspServiceRequest: [personas.carol, { ...azure, text: 'for my customer Adventure Works' }],
  signatureCloud: [personas.dave, azure],
  productSupport: [personas.frank, windowsServer],
  notEligible: [personas.erin, azure],
  notPermitted: [personas.dave, { ...azure, text: 'for my customer' }],
  activateFirst: [personas.heidi, azure],
  helpdesk: [personas.stranger, azure],
  cspGeneral: [personas.stranger, { text: 'how do admin agents open requests for customers?' }],
  askCustomer: [personas.carol, { ...azure, text: 'for my customer Proseware' }],
  askProduct: [personas.alice, { text: 'where do I file it' }],
};

let fixture: RoutingFixture;
let services: RouteServices;
const cards = new CardRenderer();
beforeAll(async () => {
  fixture = await routingFixture();
  const { program } = await realServices();
  services = { program, identity: new IdentityService(fixture.store.directory) };
});
afterAll(() => fixture.close());

const cases = ROUTES.flatMap((route) => (['en', 'ja'] as Language[]).map((language) => [route, language] as const));

describe('route cards', () => {
  it.each(cases)('%s (%s) renders a valid card', async (route, language) => {
    const [persona, query] = EXAMPLES[route];
    const outcome = await fixture.route(persona, query);
    expect(outcome.decision.route).toBe(route);
    const reply = await routeReply({ language, requester: await fixture.requester(persona), outcome, services });
    expect(reply.text.length).toBeGreaterThan(0);
    expect(reply.card).toBeDefined();
    const attachment = cards.render(reply.card!.name, reply.card!.data);
    expect(adaptiveCardProblems(attachment.content)).toEqual([]);
    const json = JSON.stringify(attachment.content);
    // The Why? explains in words; the rule's name is for the log.
    expect(json).not.toContain(outcome.decision.rule);
    if (language === 'ja') expect(json).toMatch(/[\u3040-\u30ff\u4e00-\u9faf]/);
  });

  it('every reason in routing.json is explained in both languages', async () => {
    const json = JSON.parse(await readFile(`${RULES_DIR}routing.json`, 'utf8')) as { ruleSets: { routing: Array<{ event: { params: { reason: string } } }> } };
    const missing = json.ruleSets.routing.map((r) => r.event.params.reason).filter((reason) => !hasReasonText(reason));
    expect(missing).toEqual([]);
  });
});

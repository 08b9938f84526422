/**
 * A new workload or route is a data change: a rule file dropped next to
 * routing.json changes the decision with no code change. Broken routing data
 * is refused when the service is built (start-up), not mid-conversation.
 */
import { readFile } from 'node:fs/promises';
import { checkRoutingRules, RoutingRulesError } from '../../../src/domain/routing/index.js';
import { parseRuleSources, type RuleSource } from '../../../src/domain/ruleEngine/index.js';
import { personas } from '../../helpers/personas.js';
import { RULES_DIR } from '../entitlement/realRules.js';
import { routingFixture } from './routingFixture.js';

const rule = (name: string, priority: number, conditions: object, params: object): object => ({
  name,
  priority,
  conditions,
  event: { type: 'route', params },
});

const extraFile = (rules: object[]): RuleSource => ({ file: 'routing-extra.json', text: JSON.stringify({ ruleSets: { routing: rules } }) });

async function shippedSources(): Promise<RuleSource[]> {
  const names = ['entitlements.json', 'routing.json'];
  return Promise.all(names.map(async (name) => ({ file: name, text: await readFile(`${RULES_DIR}${name}`, 'utf8') })));
}

// Dynamics 365 through CSP without a contract: as if the program extended the CSP plan to it.
const dynamicsCspPlan = rule(
  'csp-dynamics365-plan-no-contract',
  81,
  { all: [{ fact: 'forCustomer', operator: 'equal', value: true }, { fact: 'adminAgent', operator: 'equal', value: true }, { fact: 'customerKnown', operator: 'equal', value: true }, { fact: 'product', operator: 'equal', value: 'dynamics365' }] },
  { route: 'cspServiceRequest', reason: 'cspDynamicsPlan', contractNeeded: false, links: ['partnerCenterCustomers'] },
);

describe('routing rules are data', () => {
  it('an extra rule file routes a new workload without a code change', async () => {
    const query = { product: 'dynamics365', productKind: 'cloud' as const, text: 'for my customer Litware' };
    const before = await routingFixture();
    const withExtra = await routingFixture(parseRuleSources([...(await shippedSources()), extraFile([dynamicsCspPlan])]));
    try {
      expect((await before.route(personas.carol, query)).decision).toMatchObject({ rule: 'csp-workload-with-contract', contractNeeded: true });
      expect((await withExtra.route(personas.carol, query)).decision).toMatchObject({
        route: 'cspServiceRequest',
        rule: 'csp-dynamics365-plan-no-contract',
        reason: 'cspDynamicsPlan',
        contractNeeded: false,
      });
    } finally {
      await before.close();
      await withExtra.close();
    }
  });

  it('an extra rule file adds a route for a product the shipped rules never name', async () => {
    const github = rule('github-helpdesk', 86, { all: [{ fact: 'product', operator: 'equal', value: 'github' }] }, { route: 'helpdesk', reason: 'githubSupport' });
    const fixture = await routingFixture(parseRuleSources([...(await shippedSources()), extraFile([github])]));
    try {
      expect((await fixture.route(personas.alice, { product: 'github' })).decision).toMatchObject({ route: 'helpdesk', rule: 'github-helpdesk' });
    } finally {
      await fixture.close();
    }
  });

  it.each<[string, object, RegExp]>([
    ['a priority already taken', rule('clash', 80, { all: [{ fact: 'known', operator: 'equal', value: true }] }, { route: 'helpdesk', reason: 'x' }), /priority 80 is already used/],
    ['an unknown route', rule('typo', 83, { all: [{ fact: 'known', operator: 'equal', value: true }] }, { route: 'helpDesk', reason: 'x' }), /unknown route/],
    ['a link not in program.json', rule('bad-link', 84, { all: [{ fact: 'known', operator: 'equal', value: true }] }, { route: 'helpdesk', reason: 'x', links: ['bing'] }), /links must be ids/],
    ['no reason', rule('mute', 87, { all: [{ fact: 'known', operator: 'equal', value: true }] }, { route: 'helpdesk' }), /needs a "reason"/],
  ])('refuses %s at start-up', async (_name, bad, message) => {
    const catalog = parseRuleSources([...(await shippedSources()), extraFile([bad])]);
    expect(() => checkRoutingRules(catalog)).toThrow(RoutingRulesError);
    expect(() => checkRoutingRules(catalog)).toThrow(message);
  });

  it('refuses a rule reading a fact the routing set does not declare', async () => {
    const bad = rule('undeclared', 88, { all: [{ fact: 'mood', operator: 'equal', value: 'happy' }] }, { route: 'helpdesk', reason: 'x' });
    const sources = [...(await shippedSources()), extraFile([bad])];
    expect(() => parseRuleSources(sources)).toThrow(/unknown fact "mood"/);
  });
});

/**
 * Whatever the facts, routing.json yields exactly one route with its reason:
 * never none (the catch-all), never two (one rule per priority, and only one
 * event at the winning priority).
 */
import fc from 'fast-check';
import { decideRoute, isRoute, ROUTING_RULE_SET, type RoutingFacts } from '../../../src/domain/routing/index.js';
import type { RuleEngine } from '../../../src/domain/ruleEngine/index.js';
import { realServices } from '../entitlement/realRules.js';

const contract = fc.constantFrom('active', 'expired', 'usedUp', 'notStarted', 'none' as const);

const anyFacts: fc.Arbitrary<RoutingFacts> = fc.record({
  known: fc.boolean(),
  forCustomer: fc.boolean(),
  customerKnown: fc.boolean(),
  adminAgent: fc.boolean(),
  companyCsp: fc.boolean(),
  activation: fc.constantFrom('notActivated', 'pending', 'activated' as const),
  product: fc.constantFrom('unknown', 'azure', 'microsoft365', 'dynamics365', 'windowsServer', 'sqlServer', 'something-new'),
  productKind: fc.constantFrom('cloud', 'onPremises', 'unknown' as const),
  oldProduct: fc.boolean(),
  cloudEntitlement: fc.constantFrom('none', 'unlimited', '5pack', '10pack' as const),
  productEntitlement: fc.boolean(),
  cloudContract: contract,
  productContract: contract,
  cloudContractLinkedHere: fc.boolean(),
});

let engine: RuleEngine;
beforeAll(async () => {
  ({ engine } = await realServices());
});

const priorityOf = (rule: string): number =>
  engine.catalog.rules(ROUTING_RULE_SET).find((r) => r.definition.name === rule)?.definition.priority ?? 1;

describe('routing rules: exactly one route for every combination of facts', () => {
  it('never none, never two at the winning priority, always a reason', async () => {
    await fc.assert(
      fc.asyncProperty(anyFacts, async (facts) => {
        const { events } = await engine.evaluate(ROUTING_RULE_SET, { ...facts });
        expect(events.length).toBeGreaterThan(0);
        const top = priorityOf(events[0]!.rule);
        expect(events.filter((e) => priorityOf(e.rule) === top)).toHaveLength(1);
        const decision = decideRoute(events, facts);
        expect(isRoute(decision.route)).toBe(true);
        expect(decision.reason.length).toBeGreaterThan(0);
        expect(decision.rule).toBe(events[0]!.rule);
      }),
      { numRuns: 2000 },
    );
  });

  it('an unknown user gets the general CSP route when asking for a customer, otherwise the helpdesk', async () => {
    await fc.assert(
      fc.asyncProperty(anyFacts, async (facts) => {
        const { events } = await engine.evaluate(ROUTING_RULE_SET, { ...facts, known: false });
        expect(decideRoute(events, { ...facts, known: false }).route).toBe(facts.forCustomer ? 'cspGeneral' : 'helpdesk');
      }),
      { numRuns: 300 },
    );
  });

  it('only an Admin agent of a CSP company is sent to a CSP service request', async () => {
    await fc.assert(
      fc.asyncProperty(anyFacts, async (facts) => {
        const { events } = await engine.evaluate(ROUTING_RULE_SET, { ...facts });
        if (decideRoute(events, facts).route === 'cspServiceRequest') {
          expect(facts).toMatchObject({ known: true, adminAgent: true, companyCsp: true, customerKnown: true, forCustomer: true });
        }
      }),
      { numRuns: 1000 },
    );
  });
});

/**
 * The routing service over the demo store (in memory) and the real rule
 * files, as the composition root builds it, plus a persona → requester helper.
 */
import { fixedClock } from '../../../src/domain/clock.js';
import { IdentityService } from '../../../src/domain/directory/identityService.js';
import type { Requester } from '../../../src/domain/model.js';
import { RoutingService, type RoutingOutcome, type RoutingQuery } from '../../../src/domain/routing/index.js';
import { RuleEngine, type RuleCatalog } from '../../../src/domain/ruleEngine/index.js';
import { buildDemoData, writeDemoData } from '../../../src/storage/demoData.js';
import { createMemoryStore } from '../../../src/storage/memory/memoryStore.js';
import type { Store } from '../../../src/storage/store.js';
import type { Persona } from '../../helpers/personas.js';
import { TEST_TODAY } from '../../helpers/testDay.js';
import { realServices } from '../entitlement/realRules.js';

export interface RoutingFixture {
  readonly store: Store;
  readonly routing: RoutingService;
  requester(persona: Persona): Promise<Requester>;
  route(persona: Persona, query: RoutingQuery): Promise<RoutingOutcome>;
  close(): Promise<void>;
}

export async function routingFixture(catalog?: RuleCatalog): Promise<RoutingFixture> {
  const store = createMemoryStore();
  await writeDemoData(store, buildDemoData(TEST_TODAY));
  const { engine, entitlements } = await realServices();
  const rules = catalog ? new RuleEngine(catalog) : engine;
  const routing = RoutingService.create(rules, store, entitlements, fixedClock(`${TEST_TODAY}T09:00:00.000Z`));
  const identity = new IdentityService(store.directory);
  const requester = (persona: Persona) => identity.resolve(persona.tenantId, persona.aadObjectId);
  return {
    store,
    routing,
    requester,
    async route(persona, query) {
      return routing.route(await requester(persona), query);
    },
    close: () => store.close(),
  };
}

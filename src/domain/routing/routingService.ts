/**
 * Decides the support route of a request: loads what the store knows about
 * the user's company, builds the routing facts and evaluates routing.json.
 * Also the one place that says which CSP customers belong to a company, so a
 * card naming another company's customer is recognised as such.
 */
import type { Clock } from '../clock.js';
import { takeCompanySnapshot, type CompanySnapshot, type EntitlementService } from '../entitlement/index.js';
import type { CspCustomer, Requester } from '../model.js';
import type { Repositories } from '../repositories.js';
import type { RuleEngine } from '../ruleEngine/index.js';
import { matchCustomer, mentionsCustomer } from './customerMatcher.js';
import { checkRoutingRules, decideRoute, ROUTING_RULE_SET, type RouteDecision } from './routeDecision.js';
import { UNKNOWN_USER_FACTS, type RoutingFacts } from './routingFacts.js';
import { buildRoutingFacts } from './routingFactsBuilder.js';

/** What the bot knows about the request itself: the product, and which customer if any. */
export interface RoutingQuery {
  readonly product?: string;
  readonly productKind?: 'cloud' | 'onPremises';
  readonly oldProduct?: boolean;
  /** The message text, to find a customer name or the word "customer". */
  readonly text?: string;
  /** A customer chosen on a card; must be one of the company's. */
  readonly customerId?: string;
  /** The user already said it is for a customer (the "request for a CSP customer" topic button). */
  readonly forCustomer?: boolean;
}

export interface RoutingOutcome {
  readonly decision: RouteDecision;
  readonly customer?: CspCustomer;
  /** The company's CSP customers, for a choice card. */
  readonly customers: readonly CspCustomer[];
  readonly picture?: CompanySnapshot;
}

export class RoutingService {
  private constructor(
    private readonly engine: RuleEngine,
    private readonly repos: Pick<Repositories, 'contracts' | 'customers'>,
    private readonly entitlements: EntitlementService,
    private readonly clock: Clock,
  ) {}

  /** Checks the routing rules first, so broken rule data stops start-up. */
  static create(engine: RuleEngine, repos: Pick<Repositories, 'contracts' | 'customers'>, entitlements: EntitlementService, clock: Clock): RoutingService {
    checkRoutingRules(engine.catalog);
    return new RoutingService(engine, repos, entitlements, clock);
  }

  async decide(facts: RoutingFacts): Promise<RouteDecision> {
    const { events } = await this.engine.evaluate(ROUTING_RULE_SET, { ...facts });
    return decideRoute(events, facts);
  }

  /** Undefined unless the id is one of this company's stored customers. */
  async customerOf(tenantId: string, customerId: string): Promise<CspCustomer | undefined> {
    return (await this.repos.customers.listByTenant(tenantId)).find((c) => c.id === customerId);
  }

  async route(requester: Requester, query: RoutingQuery): Promise<RoutingOutcome> {
    if (!requester.known) {
      // Whether the message is about a customer is the message's own fact, not a claim about the user.
      const forCustomer = query.forCustomer === true || mentionsCustomer(query.text ?? '');
      return { decision: await this.decide({ ...UNKNOWN_USER_FACTS, forCustomer }), customers: [] };
    }
    const { person, company } = requester;
    const [customers, picture] = await Promise.all([
      this.repos.customers.listByTenant(company.tenantId),
      takeCompanySnapshot(person, company, { entitlements: this.entitlements, contracts: this.repos.contracts }, this.clock.today()),
    ]);
    const customer =
      query.customerId !== undefined ? customers.find((c) => c.id === query.customerId) : matchCustomer(query.text ?? '', customers);
    const forCustomer = query.forCustomer === true || query.customerId !== undefined || customer !== undefined || mentionsCustomer(query.text ?? '');
    const subject = {
      forCustomer,
      customerKnown: customer !== undefined,
      ...(query.product !== undefined ? { product: query.product } : {}),
      ...(query.productKind !== undefined ? { productKind: query.productKind } : {}),
      ...(query.oldProduct !== undefined ? { oldProduct: query.oldProduct } : {}),
    };
    const decision = await this.decide(buildRoutingFacts(picture, subject));
    return customer ? { decision, customer, customers, picture } : { decision, customers, picture };
  }
}


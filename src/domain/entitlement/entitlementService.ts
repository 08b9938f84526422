/**
 * Answers entitlement questions from the loaded rules: what one offer gets,
 * what a company gets with all its offers (per the combination policy), and
 * where its contracts stand. Holds no numbers itself: they are all in
 * entitlements.json and program.json.
 */
import type { Company, Contract, Offer } from '../model.js';
import type { RuleEngine } from '../ruleEngine/index.js';
import { combineBenefits, combineCloudSupport, combineProductSupport, readCombinationPolicy } from './combinationPolicy.js';
import { contractStandings } from './contractStanding.js';
import { checkEntitlementRules, DEDICATED_EVENTS, ENTITLEMENT_RULE_SET, grantsFrom } from './entitlementEvents.js';
import type { CombinationPolicy, CompanyEntitlement, ContractStanding, OfferEntitlement } from './entitlementTypes.js';
import type { ProgramData } from './programData.js';

export class EntitlementService {
  /**
   * Rules are loaded once and never change while the bot runs, so an offer's
   * entitlement is a pure function of (level, competency): evaluate it once.
   * The key space is the program's offers × competencies, a few dozen.
   */
  private readonly offerCache = new Map<string, Promise<OfferEntitlement>>();

  private constructor(
    private readonly engine: RuleEngine,
    private readonly program: ProgramData,
    readonly policy: CombinationPolicy,
  ) {}

  /**
   * Checks the entitlement rules' events and the combination setting, so a
   * broken entitlements.json stops start-up rather than a conversation.
   */
  static create(engine: RuleEngine, program: ProgramData): EntitlementService {
    checkEntitlementRules(engine.catalog, { benefit: (id) => program.benefit(id) !== undefined, offer: (id) => program.hasOffer(id) });
    return new EntitlementService(engine, program, readCombinationPolicy(engine.catalog));
  }

  forOffer(offer: Offer): Promise<OfferEntitlement> {
    const key = `${offer.level}|${offer.competency ?? ''}`;
    let entitlement = this.offerCache.get(key);
    if (!entitlement) {
      entitlement = this.evaluateOffer(offer);
      this.offerCache.set(key, entitlement);
      // A failed evaluation is not remembered.
      entitlement.catch(() => this.offerCache.delete(key));
    }
    // Shared, not copied: OfferEntitlement is readonly all the way down.
    return entitlement.then((result) => ({ ...result, offer }));
  }

  private async evaluateOffer(offer: Offer): Promise<OfferEntitlement> {
    const competencyCloud = offer.competency !== undefined && this.program.isCloudCompetency(offer.competency);
    const facts: Record<string, unknown> = { offerLevel: offer.level, competencyCloud };
    if (offer.competency !== undefined) facts.competency = offer.competency;
    const decision = await this.engine.evaluate(ENTITLEMENT_RULE_SET, facts);
    return { offer, competencyCloud, ...grantsFrom(decision, this.program.benefits().map((b) => b.id)) };
  }

  async forCompany(company: Company): Promise<CompanyEntitlement> {
    const offers = await Promise.all(company.offers.map((offer) => this.forOffer(offer)));
    const rankOf = (entitlement: OfferEntitlement): number => this.program.offer(entitlement.offer.level).rank;
    const productSupport = combineProductSupport(offers, this.policy.productSupport, rankOf);
    const cloudSupport = combineCloudSupport(offers, this.policy.cloudSupport);
    const order = this.program.benefits().map((b) => b.id);
    const dedicated = { product: productSupport, cloud: cloudSupport, productId: DEDICATED_EVENTS.productSupport, cloudId: DEDICATED_EVENTS.cloudSupport };
    return {
      tenantId: company.tenantId,
      offers,
      productSupport,
      cloudSupport,
      grants: combineBenefits(offers, this.policy, rankOf, order, dedicated),
      policy: this.policy,
    };
  }

  /** Per contract: total, remaining (null = unlimited), dates and state on `today` (yyyy-mm-dd). */
  remaining(contracts: readonly Contract[], today: string): ContractStanding[] {
    return contractStandings(contracts, today);
  }
}

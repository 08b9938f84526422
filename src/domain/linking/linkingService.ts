/**
 * Links a contract (Access ID + Contract ID) to the user's account, after the
 * checks of src/rules/linking.json: shape, own company, standing, benefit
 * type against the support asked for. The rules decide; this service gathers
 * the facts and records the association on success. Linking twice does not
 * add a second association.
 */
import type { Clock } from '../clock.js';
import type { EntitlementService } from '../entitlement/entitlementService.js';
import type { Company, Contract, Person } from '../model.js';
import type { ContractRepository, DirectoryRepository } from '../repositories.js';
import type { RuleEngine } from '../ruleEngine/index.js';
import { companyHasCloudSupport, contractFacts, otherPeopleNames } from './contractFacts.js';
import { wellFormedIds } from './idFormat.js';
import { checkLinkingRules, LINK_RULE_SET, linkOutcomeFrom } from './linkingRules.js';
import { PORTAL_FOR, type LinkOutcome, type SupportKind, type TypedIds } from './linkingTypes.js';

export interface LinkingDependencies {
  readonly contracts: ContractRepository;
  readonly directory: DirectoryRepository;
  readonly entitlements: EntitlementService;
  readonly rules: RuleEngine;
  readonly clock: Clock;
}

export class LinkingService {
  private constructor(private readonly deps: LinkingDependencies) {}

  /** Checks linking.json's rule sets first, so a broken file stops start-up. */
  static create(deps: LinkingDependencies): LinkingService {
    checkLinkingRules(deps.rules.catalog);
    return new LinkingService(deps);
  }

  /** Whether cloud linking can apply at all, before any ID is asked for. */
  hasCloudSupport(company: Company): Promise<boolean> {
    return companyHasCloudSupport(company, this.deps.entitlements);
  }

  /**
   * The checks that need no IDs (cloud asked by a company with no cloud
   * support), so the user is told before typing anything.
   */
  async precheck(company: Company, support: SupportKind): Promise<LinkOutcome | undefined> {
    const facts = { supportAsked: support, companyHasCloudSupport: await this.hasCloudSupport(company) };
    const decision = await this.deps.rules.evaluate(LINK_RULE_SET, facts);
    if (decision.events.length === 0) return undefined;
    const { code, rules } = linkOutcomeFrom(decision);
    return { code, support, rules, saved: false };
  }

  async link(person: Person, company: Company, support: SupportKind, typed: TypedIds): Promise<LinkOutcome> {
    const portal = PORTAL_FOR[support];
    const ids = wellFormedIds(typed);
    // Scoped to the user's own company: another company's IDs read as "not found".
    const contract = ids ? await this.deps.contracts.findByIds(person.tenantId, ids.accessId, ids.contractId) : undefined;
    const facts = {
      supportAsked: support,
      companyHasCloudSupport: await this.hasCloudSupport(company),
      idsWellFormed: ids !== undefined,
      contractFound: contract !== undefined,
      ...(contract ? contractFacts(contract, person.aadObjectId, portal, this.deps.clock.today()) : {}),
    };
    const { code, rules } = linkOutcomeFrom(await this.deps.rules.evaluate(LINK_RULE_SET, facts));
    if (!contract) return { code, support, rules, saved: false };
    const base = { code, support, rules, contract };
    if (code === 'linkedToOther') return { ...base, otherPeople: await otherPeopleNames(contract, person, this.deps.directory), saved: false };
    if (code !== 'linked') return { ...base, saved: false };
    const linked: Contract = {
      ...contract,
      associations: [...contract.associations, { aadObjectId: person.aadObjectId, portal, at: this.deps.clock.now().toISOString() }],
    };
    await this.deps.contracts.save(linked);
    return { ...base, contract: linked, saved: true };
  }
}

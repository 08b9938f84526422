/**
 * Diagnoses the Azure portal's "This Access ID is already associated to an
 * account" from the user's stored contracts (domain §7): scenario A (this
 * account already has it: harmless), scenario B (expired or no incidents
 * left: hidden because invalid), held by another person, no cloud support at
 * all, or, when nothing is known, the general explanation. The rules in
 * linking.json decide; the returned rule names are the "why".
 */
import type { Clock } from '../clock.js';
import type { EntitlementService } from '../entitlement/entitlementService.js';
import type { Contract, Requester } from '../model.js';
import type { ContractRepository, DirectoryRepository } from '../repositories.js';
import type { RuleEngine } from '../ruleEngine/index.js';
import { companyHasCloudSupport, contractFacts, otherPeopleNames } from './contractFacts.js';
import { wellFormedIds } from './idFormat.js';
import { checkLinkingRules, DIAGNOSIS_RULE_SET, scenarioFrom } from './linkingRules.js';
import type { Diagnosis, StatedContractCase, TypedIds } from './linkingTypes.js';

/** What a described case means in the diagnosis rules' facts. */
const STATED_FACTS: Readonly<Record<StatedContractCase, Record<string, unknown>>> = {
  alreadyAdded: { contractState: 'active', linkedToRequester: true, linkedToAnyone: true },
  expired: { contractState: 'expired', linkedToAnyone: true },
  usedUp: { contractState: 'usedUp', linkedToAnyone: true },
};

export interface DiagnosisDependencies {
  readonly contracts: ContractRepository;
  readonly directory: DirectoryRepository;
  readonly entitlements: EntitlementService;
  readonly rules: RuleEngine;
  readonly clock: Clock;
}

/** The error is about Azure, so only cloud contracts matter; the user's own first. */
function relevantContract(contracts: readonly Contract[], aadObjectId: string): Contract | undefined {
  const cloud = contracts.filter((c) => c.benefit === 'signatureCloudSupport');
  return cloud.find((c) => c.associations.some((a) => a.aadObjectId === aadObjectId)) ?? cloud[0];
}

export class AlreadyAssociatedDiagnosis {
  private constructor(private readonly deps: DiagnosisDependencies) {}

  static create(deps: DiagnosisDependencies): AlreadyAssociatedDiagnosis {
    checkLinkingRules(deps.rules.catalog);
    return new AlreadyAssociatedDiagnosis(deps);
  }

  /**
   * `pasted`: IDs the user put in the message, if any; they pick the contract.
   * `stated`: the case the user described; the same rules run over that
   * situation (a what-if contract) instead of the stored one.
   */
  async diagnose(requester: Requester, pasted: TypedIds = {}, stated?: StatedContractCase): Promise<Diagnosis> {
    if (stated) {
      const facts = { known: requester.known, contractFound: true, linkedToRequester: false, linkedToOther: false, ...STATED_FACTS[stated] };
      return { ...(await this.decide(facts, undefined, false)), stated };
    }
    if (!requester.known) return this.decide({ known: false, contractFound: false }, undefined, false);
    const { person, company } = requester;
    const ids = wellFormedIds(pasted);
    const byIds = ids ? await this.deps.contracts.findByIds(person.tenantId, ids.accessId, ids.contractId) : undefined;
    const pastedIdsUnknown = ids !== undefined && byIds === undefined;
    const contract = ids ? byIds : relevantContract(await this.deps.contracts.listByTenant(person.tenantId), person.aadObjectId);
    const facts = {
      known: true,
      companyHasCloudSupport: await companyHasCloudSupport(company, this.deps.entitlements),
      contractFound: contract !== undefined,
      ...(contract ? contractFacts(contract, person.aadObjectId, 'azure', this.deps.clock.today()) : {}),
    };
    const diagnosis = await this.decide(facts, contract, pastedIdsUnknown);
    if (diagnosis.scenario !== 'otherPerson' || !contract) return diagnosis;
    return { ...diagnosis, otherPeople: await otherPeopleNames(contract, person, this.deps.directory) };
  }

  private async decide(facts: Record<string, unknown>, contract: Contract | undefined, pastedIdsUnknown: boolean): Promise<Diagnosis> {
    const decided = scenarioFrom(await this.deps.rules.evaluate(DIAGNOSIS_RULE_SET, facts));
    return { ...decided, ...(contract ? { contract } : {}), pastedIdsUnknown };
  }
}

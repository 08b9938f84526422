/**
 * Facts about one stored contract as the linking rules see them: where it
 * stands today and whose accounts it is associated with. Shared by the
 * link attempt and the "already associated" diagnosis.
 */
import { contractState } from '../entitlement/contractStanding.js';
import type { Company, Contract, LinkPortal, Person } from '../model.js';
import type { DirectoryRepository } from '../repositories.js';
import type { EntitlementService } from '../entitlement/entitlementService.js';

export interface ContractFacts {
  readonly contractFound: true;
  readonly contractState: string;
  readonly contractBenefit: string;
  readonly linkedToRequester: boolean;
  readonly linkedToRequesterInPortal: boolean;
  readonly linkedToOther: boolean;
  readonly linkedToAnyone: boolean;
}

export function contractFacts(contract: Contract, aadObjectId: string, portal: LinkPortal, today: string): ContractFacts {
  const mine = contract.associations.filter((a) => a.aadObjectId === aadObjectId);
  const others = contract.associations.filter((a) => a.aadObjectId !== aadObjectId);
  return {
    contractFound: true,
    contractState: contractState(contract, today),
    contractBenefit: contract.benefit,
    linkedToRequester: mine.length > 0,
    linkedToRequesterInPortal: mine.some((a) => a.portal === portal),
    linkedToOther: others.length > 0,
    linkedToAnyone: contract.associations.length > 0,
  };
}

/** Names of the other people holding the contract; an id no longer in the directory is left out. */
export async function otherPeopleNames(contract: Contract, requester: Person, directory: DirectoryRepository): Promise<string[]> {
  const ids = [...new Set(contract.associations.map((a) => a.aadObjectId))].filter((id) => id !== requester.aadObjectId);
  const people = await Promise.all(ids.map((id) => directory.findPerson(requester.tenantId, id)));
  return people.flatMap((p) => (p ? [p.name] : []));
}

/** Action Pack (and a company with no offer) has no Signature Cloud Support at all. */
export async function companyHasCloudSupport(company: Company, entitlements: EntitlementService): Promise<boolean> {
  const cloud = (await entitlements.forCompany(company)).cloudSupport;
  return cloud !== null && cloud.package !== 'none';
}

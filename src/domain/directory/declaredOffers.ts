/**
 * Companies as the loaded program knows them. Offers are data, so a store can
 * hold an offer program.json no longer declares (the program dropped it, or
 * another rules folder wrote the store). Reads leave such an offer out, and
 * report it once, instead of failing every turn that names the company;
 * saves put it back, so nothing stored is lost.
 */
import type { Company, Offer } from '../model.js';
import type { DirectoryRepository } from '../repositories.js';

export type UndeclaredOfferReport = (tenantId: string, offer: string) => void;

export function declaredOffersOnly(directory: DirectoryRepository, isDeclared: (offer: string) => boolean, report: UndeclaredOfferReport): DirectoryRepository {
  const reported = new Set<string>();
  const undeclared = (company: Company): Offer[] => company.offers.filter((o) => !isDeclared(o.level));
  return {
    async findCompany(tenantId) {
      const company = await directory.findCompany(tenantId);
      if (company === undefined) return undefined;
      const dropped = undeclared(company);
      if (dropped.length === 0) return company;
      for (const offer of dropped) {
        const key = `${tenantId}|${offer.level}`;
        if (!reported.has(key)) report(tenantId, offer.level);
        reported.add(key);
      }
      return { ...company, offers: company.offers.filter((o) => isDeclared(o.level)) };
    },
    async saveCompany(company) {
      const stored = await directory.findCompany(company.tenantId);
      const kept = stored ? undeclared(stored).filter((o) => !company.offers.some((c) => c.level === o.level && c.competency === o.competency)) : [];
      await directory.saveCompany(kept.length === 0 ? company : { ...company, offers: [...company.offers, ...kept] });
    },
    findPerson: (tenantId, aadObjectId) => directory.findPerson(tenantId, aadObjectId),
    listPeople: (tenantId) => directory.listPeople(tenantId),
    listTenantIds: () => directory.listTenantIds(),
    savePerson: (person) => directory.savePerson(person),
    removePerson: (tenantId, aadObjectId) => directory.removePerson(tenantId, aadObjectId),
  };
}

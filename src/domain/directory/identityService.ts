/**
 * Who is asking. A user is known only when both their Azure AD object id and
 * their tenant match a stored person; roles, account association, offers and
 * contracts then come from the store, never from what the message says.
 */
import type { Person, Requester, Role } from '../model.js';
import type { DirectoryRepository } from '../repositories.js';

export class IdentityService {
  constructor(private readonly directory: DirectoryRepository) {}

  async resolve(tenantId: string | undefined, aadObjectId: string | undefined): Promise<Requester> {
    if (!tenantId || !aadObjectId) return { known: false, tenantId, aadObjectId };
    const [person, company] = await Promise.all([
      this.directory.findPerson(tenantId, aadObjectId),
      this.directory.findCompany(tenantId),
    ]);
    if (!person || !company) return { known: false, tenantId, aadObjectId };
    return { known: true, person, company };
  }

  /** People of a company holding any of `roles`, in directory order. */
  async peopleWithRoles(tenantId: string, roles: readonly Role[]): Promise<Person[]> {
    const people = await this.directory.listPeople(tenantId);
    return people.filter((p) => p.roles.some((r) => roles.includes(r)));
  }
}

/**
 * The demo people, looked up without knowing their tenant. Only developer-mode
 * tools use this (the local chat's persona picker, the tab's ?persona=): in
 * production a user is always identified by their tenant and object id together.
 */
import type { Person } from '../domain/model.js';
import type { Repositories } from '../domain/repositories.js';
import { demoTenants } from '../storage/index.js';

export interface DevPersona {
  readonly aadObjectId: string;
  readonly tenantId: string;
  readonly name: string;
  readonly companyName: string;
  readonly roles: readonly string[];
}

/** Someone the bot does not know: a tenant and user outside the directory. */
export const UNKNOWN_PERSONA: DevPersona = {
  aadObjectId: 'aad-stranger',
  tenantId: 'tenant-unknown',
  name: 'Sam Stranger',
  companyName: '—',
  roles: [],
};

export async function listDevPersonas(repos: Repositories): Promise<DevPersona[]> {
  const personas: DevPersona[] = [];
  for (const tenantId of Object.values(demoTenants)) {
    const company = await repos.directory.findCompany(tenantId);
    for (const person of await repos.directory.listPeople(tenantId)) {
      personas.push({ ...toFields(person), companyName: company?.name ?? tenantId });
    }
  }
  return personas;
}

export async function findDevPerson(repos: Repositories, aadObjectId: string): Promise<Person | undefined> {
  for (const tenantId of Object.values(demoTenants)) {
    const person = await repos.directory.findPerson(tenantId, aadObjectId);
    if (person) return person;
  }
  return undefined;
}

function toFields(person: Person): Omit<DevPersona, 'companyName'> {
  return { aadObjectId: person.aadObjectId, tenantId: person.tenantId, name: person.name, roles: person.roles };
}

/**
 * The demo directory and contracts, built for a given "today", and the
 * first-start seeding that puts them in an empty store.
 */
import type { Company, Contract, CspCustomer, Person } from '../domain/model.js';
import type { ActivationRequest, Repositories } from '../domain/repositories.js';
import { demoActivationRequests, demoContracts, demoCustomers } from './demoContracts.js';
import { demoCompanies, demoPeople } from './demoDirectory.js';
import { assertIsoDate } from '../domain/isoDates.js';
import type { Store } from './store.js';

export { demoTenants } from './demoDirectory.js';

export interface DemoData {
  readonly companies: Company[];
  readonly people: Person[];
  readonly contracts: Contract[];
  readonly customers: CspCustomer[];
  readonly activationRequests: ActivationRequest[];
}

/** `today` is an ISO date (yyyy-mm-dd); every demo date is relative to it. */
export function buildDemoData(today: string): DemoData {
  assertIsoDate(today);
  return {
    companies: demoCompanies(today),
    people: demoPeople(),
    contracts: demoContracts(today),
    customers: demoCustomers(),
    activationRequests: demoActivationRequests(today),
  };
}

/** Writes the demo data through the repositories (any store). */
export async function writeDemoData(repositories: Repositories, data: DemoData): Promise<void> {
  for (const person of data.people) await repositories.directory.savePerson(person);
  for (const contract of data.contracts) await repositories.contracts.save(contract);
  for (const customer of data.customers) await repositories.customers.save(customer);
  for (const request of data.activationRequests) await repositories.activationRequests.createOnce(request);
  for (const company of data.companies) await repositories.directory.saveCompany(company);
}

/**
 * Fills the store with the demo data on first start; does nothing when the
 * store holds anything. Returns whether it seeded.
 */
export async function seedIfEmpty(store: Store, today: string): Promise<boolean> {
  const data = buildDemoData(today); // validates `today` before anything is written
  if (!(await store.isEmpty())) return false;
  await writeDemoData(store, data);
  return true;
}

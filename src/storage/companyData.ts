/**
 * Everything stored about one company (tenant), kept together so that a
 * write costs one company's data: the unit of a lowdb file and of locking.
 */
import type { Company, Contract, CspCustomer, Person } from '../domain/model.js';
import type { ActivationRequest, StoredReference } from '../domain/repositories.js';

export interface UserReference {
  readonly aadObjectId: string;
  readonly reference: StoredReference;
}

/** Arrays rather than maps keyed by ids: no "__proto__"-style keys from the network. */
export interface CompanyData {
  readonly version: 1;
  readonly tenantId: string;
  company: Company | null;
  people: Person[];
  contracts: Contract[];
  customers: CspCustomer[];
  activationRequests: ActivationRequest[];
  userReferences: UserReference[];
}

export function emptyCompanyData(tenantId: string): CompanyData {
  return {
    version: 1,
    tenantId,
    company: null,
    people: [],
    contracts: [],
    customers: [],
    activationRequests: [],
    userReferences: [],
  };
}

export function hasAnyRecord(data: CompanyData): boolean {
  return (
    data.company !== null ||
    data.people.length > 0 ||
    data.contracts.length > 0 ||
    data.customers.length > 0 ||
    data.activationRequests.length > 0 ||
    data.userReferences.length > 0
  );
}

/** Replaces the item with the same key, or appends it; keeps insertion order. */
export function upsertBy<T>(items: T[], item: T, sameKey: (a: T, b: T) => boolean): void {
  const index = items.findIndex((existing) => sameKey(existing, item));
  if (index === -1) items.push(item);
  else items[index] = item;
}

/** Removes, in place, every item that matches; true when something was removed (else no write is needed). */
export function removeWhere<T>(items: T[], matches: (item: T) => boolean): boolean {
  const before = items.length;
  for (let index = items.length - 1; index >= 0; index -= 1) {
    if (matches(items[index] as T)) items.splice(index, 1);
  }
  return items.length !== before;
}

/**
 * Deep copy: nothing handed in or out may alias what the store keeps.
 * Stored records are plain objects, arrays and primitives (they come from
 * JSON): those are copied directly, several times faster than
 * structuredClone, which serialises and parses (a large company's contract
 * list is copied on every read). Anything else (a Date, a Map) goes to
 * structuredClone, so the result is the same.
 */
export function copyOf<T>(value: T): T {
  return copyPlain(value) as T;
}

function copyPlain(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const copy = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i += 1) copy[i] = copyPlain(value[i]);
    return copy;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return structuredClone(value);
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = copyPlain((value as Record<string, unknown>)[key]);
    // A "__proto__" key (JSON.parse makes it an own property) must stay a property, not become the prototype.
    if (key === '__proto__') Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true, configurable: true });
    else copy[key] = item;
  }
  return copy;
}

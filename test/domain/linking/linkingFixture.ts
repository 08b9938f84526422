/**
 * The linking services over an in-memory store holding the demo data, the
 * real rule files and a fixed "today", plus a few contracts the demo lacks
 * (an expired one, one not started yet, a used-up product support contract).
 */
import { fileURLToPath } from 'node:url';
import { fixedClock } from '../../../src/domain/clock.js';
import { EntitlementService } from '../../../src/domain/entitlement/index.js';
import { AlreadyAssociatedDiagnosis, LinkingService } from '../../../src/domain/linking/index.js';
import type { Company, Contract, Person } from '../../../src/domain/model.js';
import { RuleEngine } from '../../../src/domain/ruleEngine/index.js';
import { buildDemoData } from '../../../src/storage/index.js';
import { createMemoryStore } from '../../../src/storage/memory/memoryStore.js';
import type { Store } from '../../../src/storage/store.js';
import { loadProgramData, loadRules } from '../../../src/ruleLoading/index.js';

export const TODAY = '2026-11-24';
const RULES_DIR = fileURLToPath(new URL('../../../src/rules/', import.meta.url));

export const extraContracts: Contract[] = [
  {
    id: 'contract-contoso-old-cloud',
    tenantId: 'tenant-contoso',
    benefit: 'signatureCloudSupport',
    cloudPackage: 'unlimited',
    incidentsTotal: null,
    incidentsRemaining: null,
    startDate: '2024-01-01',
    endDate: '2024-12-31',
    accessId: '11111111-2222-4333-8444-555555555555',
    contractId: '1000000001',
    associations: [],
  },
  {
    id: 'contract-contoso-next-year',
    tenantId: 'tenant-contoso',
    benefit: 'productSupport',
    incidentsTotal: 20,
    incidentsRemaining: 20,
    startDate: '2027-01-01',
    endDate: '2027-12-31',
    accessId: '22222222-3333-4444-8555-666666666666',
    contractId: '1000000002',
    associations: [],
  },
];

export interface LinkingFixture {
  readonly store: Store;
  readonly linking: LinkingService;
  readonly diagnosis: AlreadyAssociatedDiagnosis;
  readonly engine: RuleEngine;
  who(aadObjectId: string): Promise<{ person: Person; company: Company }>;
  contract(tenantId: string, id: string): Promise<Contract>;
}

export async function linkingFixture(): Promise<LinkingFixture> {
  const store = createMemoryStore();
  const demo = buildDemoData(TODAY);
  for (const person of demo.people) await store.directory.savePerson(person);
  for (const company of demo.companies) await store.directory.saveCompany(company);
  for (const contract of [...demo.contracts, ...extraContracts]) await store.contracts.save(contract);
  const engine = new RuleEngine(await loadRules(RULES_DIR));
  const entitlements = EntitlementService.create(engine, await loadProgramData(`${RULES_DIR}program.json`));
  const deps = { contracts: store.contracts, directory: store.directory, entitlements, rules: engine, clock: fixedClock(`${TODAY}T09:00:00.000Z`) };
  return {
    store,
    engine,
    linking: LinkingService.create(deps),
    diagnosis: AlreadyAssociatedDiagnosis.create(deps),
    async who(aadObjectId) {
      const person = demo.people.find((p) => p.aadObjectId === aadObjectId);
      const company = person && (await store.directory.findCompany(person.tenantId));
      if (!person || !company) throw new Error(`no demo person ${aadObjectId}`);
      return { person, company };
    },
    async contract(tenantId, id) {
      const found = (await store.contracts.listByTenant(tenantId)).find((c) => c.id === id);
      if (!found) throw new Error(`no contract ${id}`);
      return found;
    },
  };
}

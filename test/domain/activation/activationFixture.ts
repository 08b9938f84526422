/** The activation domain over an in-memory store seeded with the demo data and the real rule files. */
import { join } from 'node:path';
import { ActivationCompletion, ActivationService, type ActivationNotifier, type IdSource } from '../../../src/domain/activation/index.js';
import { fixedClock } from '../../../src/domain/clock.js';
import { EntitlementService } from '../../../src/domain/entitlement/index.js';
import type { Contract, Requester } from '../../../src/domain/model.js';
import type { ActivationRequest } from '../../../src/domain/repositories.js';
import { RuleEngine } from '../../../src/domain/ruleEngine/index.js';
import { projectPath } from '../../../src/projectRoot.js';
import { buildDemoData, writeDemoData } from '../../../src/storage/demoData.js';
import { createMemoryStore } from '../../../src/storage/index.js';
import { loadProgramData, loadRules } from '../../../src/ruleLoading/index.js';

export const TODAY = '2026-11-24';
export const clock = fixedClock(`${TODAY}T09:00:00.000Z`);

/** Predictable ids: 0000…0001 / 1000000001, then …2. */
export function countingIds(): IdSource {
  let n = 0;
  return {
    accessId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    contractId: () => String(1_000_000_000 + n),
  };
}

export async function activationFixture() {
  const rulesDir = projectPath('src/rules');
  const rules = new RuleEngine(await loadRules(rulesDir));
  const program = await loadProgramData(join(rulesDir, 'program.json'));
  const store = createMemoryStore();
  await writeDemoData(store, buildDemoData(TODAY));
  const service = ActivationService.create({ rules, program, entitlements: EntitlementService.create(rules, program), repos: store, clock });
  const notified: Array<{ request: ActivationRequest; contracts: readonly Contract[] }> = [];
  const notifier: ActivationNotifier = {
    async decided(request, contracts) {
      notified.push({ request, contracts });
      return true;
    },
  };
  const completion = new ActivationCompletion(service, store, notifier, countingIds(), clock);
  const requester = async (tenantId: string, aadObjectId: string): Promise<Requester> => {
    const [person, company] = await Promise.all([store.directory.findPerson(tenantId, aadObjectId), store.directory.findCompany(tenantId)]);
    return person && company ? { known: true, person, company } : { known: false, tenantId, aadObjectId };
  };
  return { store, service, completion, notified, requester };
}

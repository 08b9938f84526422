/** Builds the services from the real files in src/rules, as the composition root does. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { EntitlementService, type ProgramData } from '../../../src/domain/entitlement/index.js';
import { parseRuleSources, RuleEngine } from '../../../src/domain/ruleEngine/index.js';
import { loadProgramData, loadRules } from '../../../src/ruleLoading/index.js';

export const RULES_DIR = fileURLToPath(new URL('../../../src/rules/', import.meta.url));
export const PROGRAM_FILE = `${RULES_DIR}program.json`;
export const ENTITLEMENTS_FILE = `${RULES_DIR}entitlements.json`;

export async function realServices(): Promise<{ entitlements: EntitlementService; program: ProgramData; engine: RuleEngine }> {
  const engine = new RuleEngine(await loadRules(RULES_DIR));
  const program = await loadProgramData(PROGRAM_FILE);
  return { entitlements: EntitlementService.create(engine, program), program, engine };
}

/** The real entitlements.json, changed by `edit`, as the program owner might. */
export async function servicesWithEditedEntitlements(edit: (json: Record<string, unknown>) => void): Promise<EntitlementService> {
  const json = JSON.parse(await readFile(ENTITLEMENTS_FILE, 'utf8')) as Record<string, unknown>;
  edit(json);
  const engine = new RuleEngine(parseRuleSources([{ file: 'entitlements.json', text: JSON.stringify(json) }]));
  return EntitlementService.create(engine, await loadProgramData(PROGRAM_FILE));
}

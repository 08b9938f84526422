import { EntitlementService } from '../../../src/domain/entitlement/index.js';
import { parseRuleSources, RuleEngine } from '../../../src/domain/ruleEngine/index.js';
import { PROGRAM_FILE, servicesWithEditedEntitlements } from './realRules.js';
import { loadProgramData } from '../../../src/ruleLoading/index.js';

type Json = Record<string, unknown>;
const firstRules = (json: Json): Json[] => (json.ruleSets as Record<string, Json[]>).entitlements ?? [];
const setEvent = (json: Json, index: number, event: Json): void => {
  const rule = firstRules(json)[index];
  if (rule) rule.event = event;
};

describe('entitlement rules are checked at start-up', () => {
  it.each<[string, Json, string]>([
    ['a misspelt event type', { type: 'productSuport', params: { incidents: 10 } }, 'unknown event type "productSuport"'],
    ['a negative incident count', { type: 'productSupport', params: { incidents: -1 } }, 'productSupport needs "incidents": a whole number ≥ 0'],
    ['an unknown cloud package', { type: 'cloudSupport', params: { package: '20pack', incidents: 20 } }, 'cloudSupport "package" must be one of none, unlimited, 5pack, 10pack'],
    ['an unlimited package with a count', { type: 'cloudSupport', params: { package: 'unlimited', incidents: 99 } }, 'an unlimited package needs "incidents": null'],
    ['a pack without a count', { type: 'cloudSupport', params: { package: '5pack' } }, 'package "5pack" needs "incidents"'],
  ])('%s stops start-up, naming file and rule', async (_case, event, problem) => {
    const created = servicesWithEditedEntitlements((json) => setEvent(json, 0, event));
    await expect(created).rejects.toMatchObject({ code: 'RULE_EVENT_INVALID' });
    await expect(created).rejects.toThrow(`entitlements.json, rule set "entitlements", rule "actionPack-productSupport": ${problem}`);
  });

  it('a changed number is picked up with no code change', async () => {
    const edited = await servicesWithEditedEntitlements((json) => setEvent(json, 5, { type: 'productSupport', params: { incidents: 25 } }));
    expect((await edited.forOffer({ level: 'gold', competency: 'security' })).productSupport?.incidents).toBe(25);
  });

  it('refuses to start when no file defines the "entitlements" set', async () => {
    const engine = new RuleEngine(parseRuleSources([{ file: 'routing.json', text: '{"ruleSets": {"routing": []}}' }]));
    const program = await loadProgramData(PROGRAM_FILE);
    expect(() => EntitlementService.create(engine, program)).toThrow('routing.json: no file defines the "entitlements" rule set');
  });
});

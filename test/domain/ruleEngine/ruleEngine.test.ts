import { parseRuleSources, RuleEngine, UnknownRuleSetError } from '../../../src/domain/ruleEngine/index.js';

const engine = new RuleEngine(
  parseRuleSources([
    {
      file: 'routing.json',
      text: JSON.stringify({
        ruleSets: {
          routing: [
            {
              name: 'azure-cspPlan',
              conditions: { all: [{ fact: 'workload', operator: 'equal', value: 'azure' }, { fact: 'csp', operator: 'equal', value: true }] },
              event: { type: 'useCspPlan', params: { portal: 'azure' } },
            },
            {
              name: 'any-workload-newRequest',
              conditions: { any: [{ fact: 'workload', operator: 'in', value: ['azure', 'dynamics'] }] },
              event: { type: 'newRequest' },
            },
            {
              name: 'urgent-first',
              priority: 10,
              conditions: { all: [{ fact: 'severity', operator: 'equal', value: 'A' }] },
              event: { type: 'escalate', params: { to: 'helpdesk' } },
            },
            {
              name: 'customer-named',
              conditions: { all: [{ fact: 'customer', path: '$.name', operator: 'equal', value: 'Adatum' }] },
              event: { type: 'customerKnown' },
            },
          ],
        },
      }),
    },
  ]),
);

describe('RuleEngine.evaluate', () => {
  it('returns each fired event with the rule that produced it', async () => {
    const decision = await engine.evaluate('routing', { workload: 'azure', csp: true });
    expect(decision.events).toEqual([
      { type: 'useCspPlan', params: { portal: 'azure' }, rule: 'azure-cspPlan' },
      { type: 'newRequest', params: {}, rule: 'any-workload-newRequest' },
    ]);
  });

  it('treats a missing fact as "condition not met" instead of failing', async () => {
    await expect(engine.evaluate('routing', {})).resolves.toEqual({ events: [] });
  });

  it('lists higher-priority rules first', async () => {
    const decision = await engine.evaluate('routing', { workload: 'dynamics', severity: 'A' });
    expect(decision.events.map((e) => e.rule)).toEqual(['urgent-first', 'any-workload-newRequest']);
  });

  it('reads nested facts through a path', async () => {
    const decision = await engine.evaluate('routing', { customer: { name: 'Adatum' } });
    expect(decision.events.map((e) => e.type)).toEqual(['customerKnown']);
  });

  it('gives the same answer on every evaluation (engines are reused, not rebuilt)', async () => {
    const decisions = await Promise.all(Array.from({ length: 50 }, (_, i) => engine.evaluate('routing', { workload: i % 2 ? 'azure' : 'none', csp: true })));
    expect(decisions.map((d) => d.events.length)).toEqual(Array.from({ length: 50 }, (_, i) => (i % 2 ? 2 : 0)));
  });

  it('a caller changing returned params cannot change the rules', async () => {
    const first = await engine.evaluate('routing', { workload: 'azure', csp: true });
    const event = first.events[0];
    if (event) event.params.portal = 'changed';
    const second = await engine.evaluate('routing', { workload: 'azure', csp: true });
    expect(second.events[0]?.params).toEqual({ portal: 'azure' });
  });

  it('answers repeated flat facts alike, each caller with its own copy, and tells apart facts that differ by one value', async () => {
    const facts = { workload: 'azure', csp: true, severity: null };
    const first = await engine.evaluate('routing', facts);
    first.events.push({ type: 'added', params: {}, rule: 'none' });
    if (first.events[0]) first.events[0].params.portal = 'changed';
    const again = await engine.evaluate('routing', { ...facts });
    expect(again.events).toEqual([
      { type: 'useCspPlan', params: { portal: 'azure' }, rule: 'azure-cspPlan' },
      { type: 'newRequest', params: {}, rule: 'any-workload-newRequest' },
    ]);
    expect((await engine.evaluate('routing', { ...facts, csp: false })).events.map((e) => e.type)).toEqual(['newRequest']);
    expect((await engine.evaluate('routing', { ...facts, severity: 'A' })).events.map((e) => e.type)).toEqual(['escalate', 'useCspPlan', 'newRequest']);
  });

  it('refuses a set no file defines, naming the sets that exist', async () => {
    await expect(engine.evaluate('linking', {})).rejects.toThrow(UnknownRuleSetError);
    await expect(engine.evaluate('linking', {})).rejects.toThrow('no rule set "linking" is loaded (loaded: routing)');
    expect(engine.hasSet('routing')).toBe(true);
  });
});

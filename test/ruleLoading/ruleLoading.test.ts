import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RuleEngine, RulesFileError } from '../../src/domain/ruleEngine/index.js';
import { loadRules } from '../../src/ruleLoading/index.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rules-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const write = (name: string, content: unknown): Promise<void> =>
  writeFile(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));

const rule = (name: string, fact: string, type: string) => ({
  name,
  conditions: { all: [{ fact, operator: 'equal', value: true }] },
  event: { type, params: { from: name } },
});

describe('loadRules(dir)', () => {
  it('an extra rule file adds rule sets and rules without code changes', async () => {
    await write('entitlements.json', { ruleSets: { entitlements: [rule('base', 'gold', 'productSupport')] } });
    const before = new RuleEngine(await loadRules(dir));
    expect(before.hasSet('activation')).toBe(false);

    await write('activation.json', {
      ruleSets: {
        activation: [rule('admin-may-activate', 'isAdmin', 'allowActivation')],
        entitlements: [rule('extra-cloud', 'gold', 'cloudSupport')],
      },
    });
    const after = new RuleEngine(await loadRules(dir));

    expect((await after.evaluate('activation', { isAdmin: true })).events).toEqual([
      { type: 'allowActivation', params: { from: 'admin-may-activate' }, rule: 'admin-may-activate' },
    ]);
    // Files load in name order: activation.json's rules come before entitlements.json's.
    expect((await after.evaluate('entitlements', { gold: true })).events.map((e) => e.rule)).toEqual(['extra-cloud', 'base']);
  });

  it('skips data files without "ruleSets" (program.json, products.json) and non-JSON files', async () => {
    await write('entitlements.json', { ruleSets: { entitlements: [] } });
    await write('program.json', { offers: {} });
    await write('products.json', { products: [] });
    await write('README.md', '# notes');
    const catalog = await loadRules(dir);
    expect(catalog.files).toEqual([join(dir, 'entitlements.json')]);
  });

  it('names the broken file when one of several is malformed', async () => {
    await write('entitlements.json', { ruleSets: {} });
    await write('linking.json', '{ "ruleSets": { ');
    const error = await loadRules(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RulesFileError);
    expect(error).toMatchObject({ code: 'RULES_JSON_MALFORMED', file: join(dir, 'linking.json') });
  });

  it('reports a missing directory as unreadable', async () => {
    await expect(loadRules(join(dir, 'nope'))).rejects.toMatchObject({ code: 'RULES_FILE_UNREADABLE' });
  });
});

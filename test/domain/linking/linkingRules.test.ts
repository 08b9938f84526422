import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { checkLinkingRules } from '../../../src/domain/linking/index.js';
import { parseRuleSources, RulesFileError } from '../../../src/domain/ruleEngine/index.js';

const FILE = fileURLToPath(new URL('../../../src/rules/linking.json', import.meta.url));

async function catalogWith(edit: (json: { ruleSets: Record<string, Array<{ event: { type: string; params: Record<string, unknown> } }>> }) => void) {
  const json = JSON.parse(await readFile(FILE, 'utf8'));
  edit(json);
  return parseRuleSources([{ file: 'linking.json', text: JSON.stringify(json) }]);
}

describe('linking.json is checked at start-up', () => {
  it('the shipped file passes; a file without the two sets does not', async () => {
    expect(() => checkLinkingRules(parseRuleSources([{ file: 'linking.json', text: '{"ruleSets":{}}' }]))).toThrow(RulesFileError);
    await expect(catalogWith(() => {}).then(checkLinkingRules)).resolves.toBeUndefined();
  });

  it.each<[string, (json: Parameters<Parameters<typeof catalogWith>[0]>[0]) => void, string]>([
    ['an unknown outcome code', (j) => void (j.ruleSets.linkAttempt![0]!.event.params.code = 'linkd'), '"code" must be one of'],
    ['a wrong event type', (j) => void (j.ruleSets.alreadyAssociated![0]!.event.type = 'outcome'), 'event type must be "scenario"'],
    ['an unknown reason', (j) => void (j.ruleSets.alreadyAssociated![0]!.event.params.reason = 'old'), '"reason" must be one of'],
    ['a missing rule set', (j) => void delete j.ruleSets.alreadyAssociated, 'rule set "alreadyAssociated" is missing'],
  ])('rejects %s', async (_case, edit, message) => {
    const catalog = await catalogWith(edit);
    expect(() => checkLinkingRules(catalog)).toThrow(message);
  });
});

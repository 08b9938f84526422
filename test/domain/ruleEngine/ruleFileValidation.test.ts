import { parseRuleSources, RulesFileError, type RulesFileErrorCode } from '../../../src/domain/ruleEngine/index.js';

const FILE = 'entitlements.json';
const goodRule = {
  name: 'gold-productSupport',
  conditions: { all: [{ fact: 'offerLevel', operator: 'equal', value: 'gold' }] },
  event: { type: 'productSupport', params: { incidents: 20 } },
};

function errorFrom(text: string, file = FILE): RulesFileError {
  try {
    parseRuleSources([{ file, text }]);
  } catch (error) {
    if (error instanceof RulesFileError) return error;
    throw error;
  }
  throw new Error('expected a RulesFileError');
}

const fileWith = (rules: unknown[], extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ ...extra, ruleSets: { entitlements: rules } });

describe('rule file validation at start-up', () => {
  it.each<[string, string, RulesFileErrorCode, string, string]>([
    ['a rule without a name', fileWith([{ ...goodRule, name: undefined }]), 'RULE_NAME_MISSING', 'rule #1 (unnamed)', 'has no "name"'],
    ['an unknown operator', fileWith([goodRule, { ...goodRule, name: 'typo', conditions: { all: [{ fact: 'offerLevel', operator: 'equals', value: 'gold' }] } }]), 'RULE_OPERATOR_UNKNOWN', 'rule "typo"', 'conditions.all[0]: unknown operator "equals"'],
    ['an event without a type', fileWith([{ ...goodRule, event: { params: {} } }]), 'RULE_EVENT_TYPE_MISSING', 'rule "gold-productSupport"', 'event has no "type"'],
    ['a rule without an event', fileWith([{ ...goodRule, event: undefined }]), 'RULE_EVENT_TYPE_MISSING', 'rule "gold-productSupport"', 'has no "event"'],
    ['event params that are not an object', fileWith([{ ...goodRule, event: { type: 'x', params: [1] } }]), 'RULE_EVENT_INVALID', 'rule "gold-productSupport"', '"params" must be an object'],
    ['two rules with one name', fileWith([goodRule, goodRule]), 'RULE_NAME_DUPLICATE', 'rule "gold-productSupport"', 'already used by rule #1'],
    ['a rule without conditions', fileWith([{ ...goodRule, conditions: undefined }]), 'RULE_CONDITIONS_INVALID', 'rule "gold-productSupport"', 'has no "conditions"'],
    ['a condition without a value', fileWith([{ ...goodRule, conditions: { any: [{ fact: 'offerLevel', operator: 'equal' }] } }]), 'RULE_CONDITIONS_INVALID', 'rule "gold-productSupport"', 'conditions.any[0] has no "value"'],
    ['an empty "all"', fileWith([{ ...goodRule, conditions: { all: [] } }]), 'RULE_CONDITIONS_INVALID', 'rule "gold-productSupport"', 'conditions.all must be a non-empty array'],
    ['a priority of zero', fileWith([{ ...goodRule, priority: 0 }]), 'RULE_PRIORITY_INVALID', 'rule "gold-productSupport"', '"priority" must be a number ≥ 1'],
    ['an undeclared fact', fileWith([{ ...goodRule, conditions: { all: [{ fact: 'offerLevl', operator: 'equal', value: 'gold' }] } }], { facts: { entitlements: { offerLevel: 'the offer' } } }), 'RULE_FACT_UNKNOWN', 'rule "gold-productSupport"', 'unknown fact "offerLevl"'],
    ['an undeclared fact used as a value', fileWith([{ ...goodRule, conditions: { not: { fact: 'offerLevel', operator: 'equal', value: { fact: 'other' } } } }], { facts: { entitlements: { offerLevel: 'the offer' } } }), 'RULE_FACT_UNKNOWN', 'rule "gold-productSupport"', 'unknown fact "other"'],
  ])('%s is reported with file, rule and problem', (_case, text, code, where, problem) => {
    const error = errorFrom(text);
    expect(error.code).toBe(code);
    expect(error.file).toBe(FILE);
    expect(error.message).toContain(`${FILE}, rule set "entitlements", ${where}`);
    expect(error.message).toContain(problem);
  });

  it.each([
    ['not an object', '[]', 'must hold a JSON object'],
    ['no ruleSets', '{"rules": []}', 'needs a "ruleSets" object'],
    ['a set that is not an array', '{"ruleSets": {"entitlements": {}}}', 'rule set "entitlements" must be an array'],
    ['facts that are not descriptions', '{"ruleSets": {}, "facts": {"entitlements": {"offerLevel": 1}}}', '"facts.entitlements.offerLevel" must be a string'],
  ])('a file with %s is rejected as a whole', (_case, text, problem) => {
    const error = errorFrom(text);
    expect(error.code).toBe('RULES_FILE_INVALID');
    expect(error.message).toBe(`${FILE}: ${error.problem}`);
    expect(error.problem).toContain(problem);
  });

  it('malformed JSON is reported with its line and column', () => {
    const error = errorFrom('{\n  "ruleSets": {\n    "entitlements": [ }\n}');
    expect(error.code).toBe('RULES_JSON_MALFORMED');
    expect(error.message).toContain(`${FILE}: malformed JSON at line 3, column 23`);
  });

  it('accepts decorated operators such as "not:in" and nested groups', () => {
    const rule = {
      ...goodRule,
      conditions: { all: [{ any: [{ fact: 'offerLevel', operator: 'not:in', value: ['silver'] }] }, { not: { fact: 'x', operator: 'equal', value: 1 } }] },
    };
    expect(parseRuleSources([{ file: FILE, text: fileWith([rule]) }]).rules('entitlements')).toHaveLength(1);
  });

  it('names the earlier file when a second file reuses a rule name in the same set', () => {
    const sources = [
      { file: 'entitlements.json', text: fileWith([goodRule]) },
      { file: 'extra.json', text: fileWith([goodRule]) },
    ];
    expect(() => parseRuleSources(sources)).toThrow('extra.json, rule set "entitlements", rule "gold-productSupport": name already used in entitlements.json');
  });

  it('comments in several files are notes, not clashing settings', () => {
    const sources = ['a.json', 'b.json'].map((file) => ({ file, text: JSON.stringify({ comment: file, $comment: file, ruleSets: {} }) }));
    expect(parseRuleSources(sources).setting('comment')).toBeUndefined();
  });

  it('refuses a setting defined by two files', () => {
    const sources = [
      { file: 'a.json', text: fileWith([], { combination: {} }) },
      { file: 'b.json', text: JSON.stringify({ ruleSets: {}, combination: {} }) },
    ];
    expect(() => parseRuleSources(sources)).toThrow('b.json: setting "combination" is already defined in a.json');
  });
});

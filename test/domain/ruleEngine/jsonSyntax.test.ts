import { parseJson } from '../../../src/domain/ruleEngine/jsonSyntax.js';

describe('parseJson', () => {
  it.each([
    ['a missing value', '{"a": }', 1, 7],
    ['a trailing comma', '{"a": 1,}', 1, 9],
    ['a missing colon', '{\n  "a" 1}', 2, 7],
    ['an unfinished file', '{\n"a": [1,\n 2\n', 4, 1],
    ['a misspelt literal', '{"a": tru}', 1, 10],
    ['text after the value', '{} x', 1, 4],
    ['an empty file', '', 1, 1],
  ])('locates %s', (_case, text, line, column) => {
    expect(parseJson(text)).toMatchObject({ ok: false, line, column });
  });

  it('returns the value of valid JSON', () => {
    expect(parseJson('{"a": [1, "\\u00e9", true, null, -2.5e3]}')).toEqual({ ok: true, value: { a: [1, 'é', true, null, -2500] } });
  });
});

/**
 * Parses JSON and, when it is malformed, reports line and column. V8's own
 * messages leave the position out for some errors ("Unexpected token '}'"),
 * so on failure a small scanner finds where the text stops being JSON.
 */
export type JsonParseResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly line: number; readonly column: number; readonly reason: string };

export function parseJson(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const offset = firstSyntaxErrorOffset(text);
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, ...lineAndColumn(text, offset), reason };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

class SyntaxStop {
  constructor(readonly offset: number) {}
}

/** Offset of the first character that cannot continue valid JSON. */
export function firstSyntaxErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw new SyntaxStop(i);
  };
  const skipSpace = (): void => {
    while (i < text.length && ' \t\r\n'.includes(text.charAt(i))) i++;
  };
  const expect = (literal: string): void => {
    for (const ch of literal) {
      if (text.charAt(i) !== ch) fail();
      i++;
    }
  };
  const string = (): void => {
    expect('"');
    for (;;) {
      if (i >= text.length) fail();
      const ch = text.charAt(i);
      if (ch === '"') return void i++;
      if (ch < ' ') fail();
      if (ch === '\\') {
        i++;
        if (text.charAt(i) === 'u') {
          i++;
          for (let k = 0; k < 4; k++, i++) if (!/[0-9a-fA-F]/.test(text.charAt(i))) fail();
          continue;
        }
        if (!'"\\/bfnrt'.includes(text.charAt(i)) || i >= text.length) fail();
      }
      i++;
    }
  };
  const number = (): void => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match) fail();
    i += match?.[0].length ?? 0;
  };
  const sequence = (close: string, item: () => void): void => {
    i++;
    skipSpace();
    if (text.charAt(i) === close) return void i++;
    for (;;) {
      item();
      skipSpace();
      if (text.charAt(i) === close) return void i++;
      expect(',');
      skipSpace();
    }
  };
  const value = (): void => {
    skipSpace();
    const ch = text.charAt(i);
    if (ch === '{') {
      sequence('}', () => {
        string();
        skipSpace();
        expect(':');
        value();
      });
    } else if (ch === '[') sequence(']', value);
    else if (ch === '"') string();
    else if (ch === 't') expect('true');
    else if (ch === 'f') expect('false');
    else if (ch === 'n') expect('null');
    else if (ch === '-' || (ch >= '0' && ch <= '9')) number();
    else fail();
  };
  try {
    value();
    skipSpace();
    if (i < text.length) fail();
    return text.length;
  } catch (stop) {
    if (stop instanceof SyntaxStop) return stop.offset;
    throw stop;
  }
}

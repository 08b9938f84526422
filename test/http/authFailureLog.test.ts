import { Writable } from 'node:stream';
import { AuthFailureLog } from '../../src/http/authFailureLog.js';
import { createLogger } from '../../src/logger.js';

it('logs a failing source once per minute, without a stack trace', () => {
  let out = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      out += chunk.toString();
      done();
    },
  });
  let now = 0;
  const log = new AuthFailureLog(createLogger('info', sink), 60_000, () => now);
  for (let i = 0; i < 100; i++) log.note('10.0.0.1', 'Unauthorized. No valid identity.');
  log.note('10.0.0.2', 'Unauthorized. No valid identity.');
  now = 61_000;
  log.note('10.0.0.1', 'Unauthorized. No valid identity.');
  const lines = out.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(lines.map((l) => l.source)).toEqual(['10.0.0.1', '10.0.0.2', '10.0.0.1']);
  expect(out).not.toContain('stack');
  expect(out).not.toMatch(/at \w+ \(/);
});

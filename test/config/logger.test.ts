import { Writable } from 'node:stream';
import { createLogger } from '../../src/logger.js';
import { maskSecret, maskSecretsInText } from '../../src/domain/secrets.js';

function capture(): { stream: Writable; lines: () => string } {
  let out = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      out += chunk.toString();
      done();
    },
  });
  return { stream, lines: () => out };
}

describe('logs', () => {
  it('mask Access IDs and Contract IDs wherever they appear', () => {
    const sink = capture();
    const logger = createLogger('info', sink.stream);
    logger.info({ accessId: '7F3A9C21-4B8D-4E6F-A1C2-9D0E5B7F3A12', note: 'contract 3104578821 linked', nested: { value: 'C2E81B47-90AF-4D3C-8E15-6B2F0A9D4C73' } }, 'linked 3104578821');
    const line = sink.lines();
    expect(line).not.toContain('7F3A9C21-4B8D-4E6F-A1C2-9D0E5B7F3A12');
    expect(line).not.toContain('3104578821');
    expect(line).not.toContain('C2E81B47-90AF-4D3C-8E15-6B2F0A9D4C73');
    expect(line).toContain('••••8821');
  });

  it('never write message text', () => {
    const sink = capture();
    createLogger('info', sink.stream).info({ text: 'my private question', activity: { text: 'also private' } }, 'turn');
    expect(sink.lines()).not.toContain('private');
  });

  it('mask by keeping only the last four characters', () => {
    expect(maskSecret('3104578821')).toBe('••••8821');
    expect(maskSecretsInText('ids 7F3A9C21-4B8D-4E6F-A1C2-9D0E5B7F3A12 and 2987310456, incidents 12')).toBe('ids ••••3A12 and ••••0456, incidents 12');
  });
});

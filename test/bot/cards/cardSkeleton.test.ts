/** Which templates may be expanded once per data shape, and that one that transforms text is still expanded per card. */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CardRenderer } from '../../../src/bot/cards/cardRenderer.js';
import { fillText, splitText, usesTextOnlyAsIs } from '../../../src/bot/cards/cardSkeleton.js';
import type { CardDataByName } from '../../../src/bot/cards/cardTemplates.js';
import { projectPath } from '../../../src/projectRoot.js';
import { sampleActivationCard } from './sampleActivationCard.js';

const activation = (title: string): CardDataByName['activationRequest'] =>
  sampleActivationCard({ title, summary: 'Contoso Ltd can activate.', refreshTitle: title, fallbackText: title });

describe('card skeletons', () => {
  it('accept every template in cards/ and refuse bindings that look inside text', () => {
    for (const file of readdirSync(projectPath('cards')).filter((f) => f.endsWith('.json'))) {
      expect([file, usesTextOnlyAsIs(readFileSync(projectPath('cards', file), 'utf8'))]).toEqual([file, true]);
    }
    for (const binding of ["${toUpper(title)}", "${title == 'Gold'}", '${length(summary) > 3}', "${if(pending, 'a', 'b')}", '${join(items, ", ")}', '${a}${b'])
      expect([binding, usesTextOnlyAsIs(`{"text": "${binding.replaceAll('"', '\\"')}"}`)]).toEqual([binding, false]);
  });

  it('put each string back escaped for JSON, empty strings staying in the shape', () => {
    const { shape, texts } = splitText({ a: 'x "y"', b: '', c: ['\n', 1, true, null] });
    expect(shape).toEqual({ a: '\uE0010\uE001', b: '', c: ['\uE0011\uE001', 1, true, null] });
    expect(JSON.parse(fillText(JSON.stringify({ text: `<${(shape as { a: string }).a}>` }), texts))).toEqual({ text: '<x "y">' });
  });

  it('leave a template that transforms text to be expanded per card', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'psb-cards-'));
    try {
      await cp(projectPath('cards'), dir, { recursive: true });
      const file = join(dir, 'activationRequest.json');
      await writeFile(file, (await readFile(file, 'utf8')).replace('"text": "${title}"', '"text": "${toUpper(title)}"'));
      const renderer = new CardRenderer(dir);
      const texts = (title: string): unknown => (renderer.render('activationRequest', activation(title)).content.body as Array<{ text?: string }>)[0]?.text;
      expect(texts('Activate benefits')).toBe('ACTIVATE BENEFITS');
      expect(texts('Activate now')).toBe('ACTIVATE NOW');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { CardRenderer, CardTemplateError } from '../../../src/bot/cards/cardRenderer.js';
import { answerCardData, answerReply } from '../../../src/bot/cards/answerCard.js';
import type { AnswerCardData } from '../../../src/bot/cards/cardTemplates.js';
import { projectPath } from '../../../src/projectRoot.js';
import { adaptiveCardProblems } from '../../helpers/adaptiveCardValidator.js';

const renderer = new CardRenderer();

describe('card templates', () => {
  it.each(readdirSync(projectPath('cards')).filter((f) => f.endsWith('.json')))('%s is Adaptive Card 1.5 JSON', (file) => {
    const json = JSON.parse(readFileSync(projectPath('cards', file), 'utf8')) as { type?: string; version?: string };
    expect(json.type).toBe('AdaptiveCard');
    expect(json.version).toBe('1.5');
  });

  // cards/README.md is the one hop from a template to the code that fills it and to its wording.
  it.each(readdirSync(projectPath('cards')).filter((f) => f.endsWith('.json')))('cards/README.md says who fills %s and where its words are', (file) => {
    const row = readFileSync(projectPath('cards', 'README.md'), 'utf8').split('\n').find((line) => line.startsWith(`| \`${file}\``));
    expect(row).toBeDefined();
    const paths = [...(row ?? '').matchAll(/`(src\/[^`*]+\.ts)`/g)].map((m) => m[1] ?? '');
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(existsSync(projectPath(path))).toBe(true);
  });

  const full = answerCardData({
    title: 'Title',
    summary: 'Summary',
    facts: [{ label: 'Incidents', value: '12 of 20' }],
    sections: [{ heading: 'Steps', items: ['One', 'Two'], numbered: true }],
    notes: ['A note'],
    links: [{ title: 'Portal', url: 'https://partner.microsoft.com/dashboard' }],
    buttons: [{ title: 'Ask', verb: 'ask', args: { intent: 'help' } }],
    why: ['rule gold-product-support'],
  });
  const minimal = answerCardData({ title: 'Title', summary: 'Summary' });

  it.each([
    ['full', full],
    ['minimal', minimal],
  ])('the answer card renders (%s) and parses without errors', (_name, data) => {
    const card = renderer.render('answer', data);
    expect(adaptiveCardProblems(card.content)).toEqual([]);
    expect(JSON.stringify(card.content)).not.toContain('${');
  });

  it('numbers steps, shows facts, links, buttons and the why panel', () => {
    const content = JSON.stringify(renderer.render('answer', full).content);
    expect(content).toContain('1. One');
    expect(content).toContain('2. Two');
    expect(content).toContain('12 of 20');
    expect(content).toContain('https://partner.microsoft.com/dashboard');
    expect(content).toContain('"verb":"ask"');
    expect(content).toContain('rule gold-product-support');
  });

  it('leaves out empty parts instead of rendering empty containers', () => {
    const content = renderer.render('answer', minimal).content as { body: unknown[]; actions: unknown[] };
    expect(content.body).toHaveLength(2);
    expect(content.actions).toHaveLength(0);
  });

  it('uses the summary as the message text and the whole answer as fallback text', () => {
    const reply = answerReply({ title: 'T', summary: 'You have 12 incidents left.', facts: [{ label: 'Left', value: '12' }] });
    expect(reply.text).toBe('You have 12 incidents left.');
    const card = renderer.render(reply.card!.name, reply.card!.data).content as { fallbackText: string };
    expect(card.fallbackText).toContain('Left: 12');
  });

  it('the validator does catch what Teams would not render', () => {
    expect(adaptiveCardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'NoSuchElement' }] })).not.toEqual([]);
  });

  it('refuses an unknown template and an unbound field', () => {
    // Both are compile errors; data from outside TypeScript (a cast) still gets a clear error.
    expect(() => renderer.render('no-such-card' as 'answer', {} as AnswerCardData)).toThrow(CardTemplateError);
    expect(() => renderer.render('answer', { title: 'only a title' } as AnswerCardData)).toThrow(/answer/);
  });
});

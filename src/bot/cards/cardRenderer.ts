/**
 * Expands the Adaptive Card templates in cards/ with data. Templates are read
 * once at start-up. An expansion that leaves a binding unresolved is a bug
 * (adaptivecards-templating would ship "${field}" to the user), so it throws.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as ACData from 'adaptivecards-templating';
import { projectPath } from '../../projectRoot.js';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export interface CardAttachment {
  readonly contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE;
  readonly content: Record<string, unknown>;
}

export class CardTemplateError extends Error {
  readonly code = 'CARD_TEMPLATE';
  constructor(readonly card: string, problem: string) {
    super(`Card template "${card}": ${problem}`);
    this.name = 'CardTemplateError';
  }
}

export class CardRenderer {
  private readonly templates = new Map<string, unknown>();

  constructor(cardsDir: string = projectPath('cards')) {
    for (const file of readdirSync(cardsDir).filter((f) => f.endsWith('.json'))) {
      const name = basename(file, '.json');
      try {
        this.templates.set(name, JSON.parse(readFileSync(join(cardsDir, file), 'utf8')));
      } catch (error) {
        throw new CardTemplateError(name, `not valid JSON (${(error as Error).message})`);
      }
    }
  }

  names(): string[] {
    return [...this.templates.keys()];
  }

  render(name: string, data: object): CardAttachment {
    const json = this.templates.get(name);
    if (json === undefined) throw new CardTemplateError(name, 'no such template in cards/');
    const template = new ACData.Template(json);
    const content = template.expand({ $root: data }) as Record<string, unknown>;
    const warnings = template.getLastTemplateExpansionWarnings();
    if (warnings.length > 0) throw new CardTemplateError(name, warnings.join('; '));
    const unbound = JSON.stringify(content).match(/\$\{[^}]*\}/);
    if (unbound) throw new CardTemplateError(name, `unbound ${unbound[0]}`);
    return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content };
  }
}

/**
 * Expands the Adaptive Card templates in cards/ with data. Templates are read
 * once at start-up. An expansion that leaves a binding unresolved is a bug
 * (adaptivecards-templating would ship "${field}" to the user), so it throws.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Expression } from 'adaptive-expressions';
import * as ACData from 'adaptivecards-templating';
import { deepFreeze } from '../../deepFreeze.js';
import { LruCache } from '../../lruCache.js';
import { projectPath } from '../../projectRoot.js';
import { CARD_NAMES, isCardName, type CardDataByName, type CardName, type CardRef } from './cardTemplates.js';
import { fillText, splitText, usesTextOnlyAsIs } from './cardSkeleton.js';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export interface CardAttachment {
  readonly contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE;
  /** Frozen: the same expansion may be shared by many replies. */
  readonly content: Readonly<Record<string, unknown>>;
}

export class CardTemplateError extends Error {
  readonly code = 'CARD_TEMPLATE';
  constructor(readonly card: string, problem: string) {
    super(`Card template "${card}": ${problem}`);
    this.name = 'CardTemplateError';
  }
}

/**
 * The templating library reports every `$when` that evaluates to false as
 * "Unable to parse … set to false by default". That is the normal way to hide
 * an element, so it is ignored when the expression really does parse.
 */
const parsedConditions = new Map<string, boolean>();

function isFalseCondition(warning: string): boolean {
  const cached = parsedConditions.get(warning);
  if (cached !== undefined) return cached;
  const verdict = conditionParses(warning);
  parsedConditions.set(warning, verdict);
  return verdict;
}

function conditionParses(warning: string): boolean {
  const match = /^WARN: Unable to parse the Adaptive Expression (.+)\. The \$when condition has been set to false by default\.$/.exec(warning);
  if (!match) return false;
  try {
    Expression.parse(match[1]!);
    return true;
  } catch {
    return false;
  }
}

/**
 * Data is text people typed, and may contain "${…}" itself. The templating
 * library leaves data strings alone, but the unbound-binding check below
 * cannot tell them from the template's own, so "${" in data is swapped for a
 * private-use character during expansion and put back afterwards.
 */
const SHIELD = '\uE000';

function mapStrings(value: unknown, change: (text: string) => string): unknown {
  if (typeof value === 'string') return change(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, change));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, change)]));
}

const shield = (data: object): object => mapStrings(data, (t) => t.replaceAll(SHIELD, '').replaceAll('${', `${SHIELD}{`)) as object;
const unshield = (content: Record<string, unknown>): Record<string, unknown> =>
  mapStrings(content, (t) => t.replaceAll(`${SHIELD}{`, '${')) as Record<string, unknown>;

/**
 * How many recent cards are kept: each holds about 4 KB of heap with its key
 * (measured under the bench's load), so 500 are about 2 MB. The answers that
 * recur (general questions, a user asking again) come back within a few
 * hundred cards; one-off cards (each company's activation card) pass through
 * whatever the size. Under the bench's load 400 instead of 1,000 cards
 * re-rendered 4 % more cards and saved about 2.3 MB of heap.
 */
export const RECENT_CARDS = 500;
/** How many skeletons (cardSkeleton.ts) are kept: one per template and shape of data, so few. */
const RECENT_SKELETONS = 500;

export class CardRenderer {
  // Kept frozen and handed out as they are: nobody can change a cached card, and a repeated answer copies nothing.
  private readonly recent = new LruCache<string, Readonly<Record<string, unknown>>>(RECENT_CARDS);
  // Skeletons' JSON text, filled with each card's strings.
  private readonly skeletons = new LruCache<string, string>(RECENT_SKELETONS);
  // Preparing a template parses every binding (milliseconds); expanding a prepared one is cheap.
  private readonly templates = new Map<CardName, ACData.Template>();
  /** Templates that never look inside a string: expanded once per data shape (cardSkeleton.ts). */
  private readonly textOnlyAsIs = new Set<CardName>();

  constructor(cardsDir: string = projectPath('cards')) {
    for (const file of readdirSync(cardsDir).filter((f) => f.endsWith('.json'))) {
      const name = basename(file, '.json');
      // Every file in cards/ is a known template with typed data (cardTemplates.ts).
      if (!isCardName(name)) throw new CardTemplateError(name, 'not listed in src/bot/cards/cardTemplates.ts');
      try {
        const text = readFileSync(join(cardsDir, file), 'utf8');
        this.templates.set(name, new ACData.Template(JSON.parse(text)));
        if (usesTextOnlyAsIs(text)) this.textOnlyAsIs.add(name);
      } catch (error) {
        throw new CardTemplateError(name, `not valid JSON (${(error as Error).message})`);
      }
    }
    const missing = CARD_NAMES.find((name) => !this.templates.has(name));
    if (missing) throw new CardTemplateError(missing, 'no such template in cards/');
  }

  names(): CardName[] {
    return [...this.templates.keys()];
  }

  /**
   * Expanding is a pure function of template and data, and the same answers
   * recur (general questions, a user asking again), so recent expansions are
   * kept — by far the most expensive step of an answer otherwise. A card not
   * kept is built, when its template only passes text through, from one
   * expansion per shape of its data (cardSkeleton.ts), so cards that differ
   * only in their words (each company's activation card) share that expansion.
   */
  render<N extends CardName>(name: N, data: CardDataByName[N]): CardAttachment {
    const key = `${name}\u0000${JSON.stringify(data)}`;
    let content = this.recent.get(key);
    if (content === undefined) {
      content = deepFreeze(this.textOnlyAsIs.has(name) ? this.fromSkeleton(name, data) : this.expand(name, data));
      this.recent.set(key, content);
    }
    return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content };
  }

  /** The card from its template's skeleton for the data's shape, expanding the skeleton when there is none. */
  private fromSkeleton(name: CardName, data: object): Record<string, unknown> {
    const { shape, texts } = splitText(data);
    const key = `${name}\u0000${JSON.stringify(shape)}`;
    let skeleton = this.skeletons.get(key);
    if (skeleton === undefined) {
      skeleton = JSON.stringify(this.expand(name, shape as object));
      this.skeletons.set(key, skeleton);
    }
    return JSON.parse(fillText(skeleton, texts)) as Record<string, unknown>;
  }

  renderRef(card: CardRef): CardAttachment {
    return this.render(card.name, card.data);
  }

  private expand(name: CardName, data: object): Record<string, unknown> {
    const template = this.templates.get(name);
    if (template === undefined) throw new CardTemplateError(name, 'no such template in cards/');
    const content = template.expand({ $root: shield(data) }) as Record<string, unknown>;
    const warnings = template.getLastTemplateExpansionWarnings().filter((w) => !isFalseCondition(w));
    if (warnings.length > 0) throw new CardTemplateError(name, warnings.join('; '));
    const unbound = JSON.stringify(content).match(/\$\{[^}]*\}/);
    if (unbound) throw new CardTemplateError(name, `unbound ${unbound[0]}`);
    return unshield(content);
  }

}

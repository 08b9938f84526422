import { JAPANESE_CHAR, compactText, normalizeText } from './textNormalizer.js';

/**
 * Dictionary look-up that works the same for both languages: Latin phrases
 * match as whole words (so "az" never fires inside "lazy", but does in
 * "azureで"), with spaces and hyphens optional ("on-prem" = "on prem" =
 * "onprem"); phrases with Japanese characters match as substrings of the
 * space-free text, because Japanese has no word boundaries to honour.
 */
export interface PhraseMatch<T> {
  readonly value: T;
  readonly phrase: string;
  /** Position in the space-free text. */
  readonly start: number;
  readonly end: number;
  readonly japanese: boolean;
}

interface CompiledPhrase<T> {
  readonly value: T;
  readonly phrase: string;
  readonly japanese: boolean;
  readonly pattern: RegExp | undefined;
  readonly compact: string;
  /** A part every match contains: a cheap substring test skips the regex for most phrases. */
  readonly needle: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function latinPattern(phrase: string): RegExp {
  const body = phrase
    .split(/[\s\-_]+/)
    .filter((part) => part !== '')
    .map(escapeRegExp)
    .join('[\\s\\-_]*');
  return new RegExp(`(?<![a-z0-9])${body}(?![a-z0-9])`, 'g');
}

function longestPart(phrase: string): string {
  return phrase.split(/[\s\-_]+/).reduce((longest, part) => (part.length > longest.length ? part : longest), '');
}

export class PhraseMatcher<T> {
  private readonly phrases: CompiledPhrase<T>[];

  constructor(entries: Iterable<readonly [phrase: string, value: T]>) {
    this.phrases = [];
    for (const [raw, value] of entries) {
      const phrase = normalizeText(raw);
      if (phrase === '') continue;
      const japanese = JAPANESE_CHAR.test(phrase);
      this.phrases.push({
        value,
        phrase,
        japanese,
        pattern: japanese ? undefined : latinPattern(phrase),
        compact: compactText(phrase),
        needle: japanese ? phrase : longestPart(phrase),
      });
    }
    // Longest first, so "office 365" claims its span before "office" can.
    this.phrases.sort((a, b) => b.compact.length - a.compact.length);
  }

  /**
   * Every non-overlapping match, longest phrases first, returned in text order.
   * `normalized` must come from normalizeText.
   */
  findAll(normalized: string): PhraseMatch<T>[] {
    const compact = compactText(normalized);
    // Spans are kept in space-free coordinates so Latin and Japanese matches
    // can be ordered and checked for overlap against each other.
    const toCompact = (index: number): number => normalized.slice(0, index).replace(/\s+/g, '').length;
    const taken: { start: number; end: number }[] = [];
    const found: PhraseMatch<T>[] = [];
    const claim = (entry: CompiledPhrase<T>, start: number, end: number): void => {
      if (taken.some((span) => start < span.end && span.start < end)) return;
      taken.push({ start, end });
      found.push({ value: entry.value, phrase: entry.phrase, start, end, japanese: entry.japanese });
    };
    for (const entry of this.phrases) {
      if (entry.pattern) {
        if (!normalized.includes(entry.needle)) continue;
        for (const match of normalized.matchAll(entry.pattern)) {
          claim(entry, toCompact(match.index), toCompact(match.index + match[0].length));
        }
      } else {
        for (let at = compact.indexOf(entry.compact); at >= 0; at = compact.indexOf(entry.compact, at + 1)) {
          claim(entry, at, at + entry.compact.length);
        }
      }
    }
    return found.sort((a, b) => a.start - b.start);
  }

  /**
   * The normalised text with every phrase replaced by `replacement(value)`,
   * longest phrases first. Replacements should be Latin words that no phrase
   * matches, or a later, shorter phrase could rewrite them.
   */
  replaceAll(normalized: string, replacement: (value: T) => string): string {
    let text = normalized;
    for (const entry of this.phrases) {
      if (entry.pattern && !text.includes(entry.needle)) continue;
      const word = ` ${replacement(entry.value)} `;
      text = entry.pattern ? text.replace(entry.pattern, word) : text.split(entry.phrase).join(word);
    }
    return text.replace(/\s+/g, ' ').trim();
  }

  /** The value of the earliest match, if any. */
  first(normalized: string): T | undefined {
    return this.findAll(normalized)[0]?.value;
  }
}

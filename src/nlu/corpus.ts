import path from 'node:path';
import type { Language } from '../domain/model.js';
import { readJsonFile } from './dataFiles.js';
import { intentNames, type Intent } from './intents.js';

/** Utterances per intent, as stored in corpus/<lang>.json and heldout/<lang>.json. */
export type Corpus = Readonly<Record<Intent, readonly string[]>>;

export const LANGUAGES: readonly Language[] = ['en', 'ja'];

/**
 * Validates one corpus file: an unknown intent is a typo that would silently
 * train a class no handler serves, so it fails loudly; a missing intent is
 * reported too, because the bot has a handler for every intent.
 */
export function parseCorpus(raw: unknown, source: string): Corpus {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new Error(`${source}: expected an object of intent → utterances`);
  }
  const record = raw as Record<string, unknown>;
  const known = new Set<string>(intentNames);
  for (const key of Object.keys(record)) {
    if (!known.has(key)) throw new Error(`${source}: unknown intent "${key}"`);
  }
  const corpus = {} as Record<Intent, readonly string[]>;
  for (const intent of intentNames) {
    const utterances = record[intent];
    if (!Array.isArray(utterances) || utterances.length === 0) {
      throw new Error(`${source}: intent "${intent}" has no utterances`);
    }
    if (!utterances.every((u): u is string => typeof u === 'string' && u.trim() !== '')) {
      throw new Error(`${source}: intent "${intent}" has an empty or non-string utterance`);
    }
    corpus[intent] = utterances;
  }
  return corpus;
}

/**
 * corpus/<lang>.json, heldout/<lang>.json, or with a prefix another set in
 * the same shape (heldout/paraphrases.<lang>.json).
 */
export function loadCorpus(dir: string, language: Language, prefix = ''): Corpus {
  const file = path.join(dir, `${prefix}${language}.json`);
  return parseCorpus(readJsonFile(file), file);
}

/** Flattened for training and evaluation. */
export function corpusExamples(corpus: Corpus): { intent: Intent; utterance: string }[] {
  return intentNames.flatMap((intent) => corpus[intent].map((utterance) => ({ intent, utterance })));
}

/**
 * Messages about nothing the bot knows ("what's the weather"), trained as
 * nlp.js's 'None' class. Without them the classifier spreads all its
 * confidence over the known intents and answers small talk with certainty.
 * Shape: { "en": [...], "ja": [...] } in outOfDomain.json beside the corpora.
 */
export function loadOutOfDomain(dir: string): Readonly<Record<Language, readonly string[]>> {
  const file = path.join(dir, 'outOfDomain.json');
  const raw = readJsonFile(file);
  const record = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const result = {} as Record<Language, readonly string[]>;
  for (const language of LANGUAGES) {
    const list = record[language];
    if (!Array.isArray(list) || !list.every((u): u is string => typeof u === 'string' && u.trim() !== '')) {
      throw new Error(`${file}: "${language}" must be a list of non-empty strings`);
    }
    result[language] = list;
  }
  return result;
}

/**
 * The independent question set (src/nlu/independent): questions written from
 * the program article's sentences by someone who did not look at the training
 * corpus, with the fact each answer must contain. It is never trained on; it
 * measures whole replies (NLU, rules and wording together), not intents.
 */
import { join } from 'node:path';
import type { Language } from '../../domain/model.js';
import { readJsonFile } from '../../nlu/dataFiles.js';
import { projectPath } from '../../projectRoot.js';

export type QuestionKind = 'plain' | 'compound' | 'terse' | 'notCovered';
export type Expectation = 'answer' | 'notCovered' | 'clarify';

export interface IndependentQuestion {
  readonly id: string;
  readonly kind: QuestionKind;
  /** Demo persona key (alice, carol, stranger, …) who asks. */
  readonly as: string;
  readonly q: string;
  readonly expect: Expectation;
  /** Every group must appear in the reply; a group lists acceptable alternatives. */
  readonly facts: ReadonlyArray<readonly string[]>;
  /**
   * Phrases only a reply to another question carries (the "no benefits yet"
   * error's switch-account fix, for "where is the page"): the facts alone can
   * be in both, so a reply carrying one of these is not right.
   */
  readonly absent?: readonly string[];
}

export const INDEPENDENT_DIR = projectPath('src', 'nlu', 'independent');

/**
 * 'independent' was written from the article's sentences by the people who
 * also tune the bot; 'blind' was written from the article and the personas
 * before anyone looked at the bot, so it is the less optimistic measure.
 */
export type QuestionSet = 'independent' | 'blind';

const KINDS: readonly QuestionKind[] = ['plain', 'compound', 'terse', 'notCovered'];
const EXPECTATIONS: readonly Expectation[] = ['answer', 'notCovered', 'clarify'];

function parseQuestion(raw: unknown, file: string): IndependentQuestion {
  const entry = raw as Partial<Record<keyof IndependentQuestion, unknown>>;
  const { id, kind, as, q, expect } = entry;
  const facts = entry.facts ?? [];
  const absent = entry.absent ?? [];
  const absentOk = Array.isArray(absent) && absent.every((f) => typeof f === 'string' && f !== '');
  const factsOk = Array.isArray(facts) && facts.every((g) => Array.isArray(g) && g.length > 0 && g.every((f) => typeof f === 'string' && f !== ''));
  if (
    typeof id !== 'string' || typeof as !== 'string' || typeof q !== 'string' || q === '' ||
    !KINDS.includes(kind as QuestionKind) || !EXPECTATIONS.includes(expect as Expectation) || !factsOk || !absentOk ||
    (expect === 'answer' && (facts as unknown[]).length === 0)
  ) {
    throw new Error(`${file}: malformed question ${JSON.stringify(raw).slice(0, 120)}`);
  }
  return { id, kind: kind as QuestionKind, as, q, expect: expect as Expectation, facts: facts as string[][], absent: absent as string[] };
}

export function loadIndependentSet(language: Language, set: QuestionSet = 'independent', dir = INDEPENDENT_DIR): IndependentQuestion[] {
  const file = join(dir, set === 'blind' ? `blind-${language}.json` : `${language}.json`);
  const data = readJsonFile(file) as { cases?: unknown };
  if (!Array.isArray(data.cases)) throw new Error(`${file}: no "cases" array`);
  return data.cases.map((c) => parseQuestion(c, file));
}

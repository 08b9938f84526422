import { performance } from 'node:perf_hooks';
import type { Language } from '../domain/model.js';
import { corpusExamples, LANGUAGES, loadCorpus, loadOutOfDomain } from './corpus.js';
import { NLU_DATA } from './dataFiles.js';
import type { Intent } from './intents.js';
import type { Nlu } from './nluModel.js';

export interface HeldOutMistake {
  readonly expected: Intent;
  readonly actual: Intent | 'None';
  readonly score: number;
  /** Held-out text is our own test data, not user text, so it may be shown. */
  readonly utterance: string;
}

export interface LanguageEvaluation {
  readonly language: Language;
  readonly total: number;
  /** Share answered with the expected intent (a 'None' counts as a miss). */
  readonly accuracy: number;
  /** Share whose best raw classification is right, ignoring the threshold. */
  readonly topOneAccuracy: number;
  /** Share answered with a wrong intent at or above the threshold. */
  readonly confidentWrong: number;
  /** Share answered 'None' (the bot asks "did you mean"). */
  readonly unsure: number;
  readonly meanMillisPerUtterance: number;
  readonly mistakes: readonly HeldOutMistake[];
}

export interface HeldOutEvaluation {
  readonly perLanguage: Readonly<Record<Language, LanguageEvaluation>>;
  readonly confidentWrong: number;
}

/**
 * The evaluation sets in heldout/: the held-out split (<lang>.json) and the
 * paraphrase set (paraphrases.<lang>.json), written apart from the training
 * corpus in the way partners type in Teams (context, complaints, fragments,
 * keigo and casual Japanese, spelling variants). The paraphrases are never
 * a source of training sentences: they measure how far the corpus
 * generalises beyond its author's own phrasing.
 */
export const EVALUATION_SETS = { heldOut: '', paraphrases: 'paraphrases.' } as const;

export type EvaluationSet = keyof typeof EVALUATION_SETS;

async function evaluateLanguage(nlu: Nlu, heldOutDir: string, language: Language, prefix: string): Promise<LanguageEvaluation> {
  const examples = corpusExamples(loadCorpus(heldOutDir, language, prefix));
  let correct = 0;
  let topOne = 0;
  let confidentWrong = 0;
  let unsure = 0;
  let millis = 0;
  const mistakes: HeldOutMistake[] = [];
  for (const { intent, utterance } of examples) {
    const started = performance.now();
    const result = await nlu.understand(utterance, language);
    millis += performance.now() - started;
    const best = result.intent === 'None' ? result.alternatives[0]?.intent : result.intent;
    if (best === intent) topOne += 1;
    if (result.intent === intent) correct += 1;
    else {
      if (result.intent === 'None') unsure += 1;
      else confidentWrong += 1;
      mistakes.push({ expected: intent, actual: result.intent, score: result.score, utterance });
    }
  }
  const total = examples.length;
  return {
    language,
    total,
    accuracy: correct / total,
    topOneAccuracy: topOne / total,
    confidentWrong: confidentWrong / total,
    unsure: unsure / total,
    meanMillisPerUtterance: millis / total,
    mistakes,
  };
}

/**
 * Accuracy, confidently wrong answers and time per utterance over the
 * held-out split, per language. The benchmark script and the accuracy test
 * both call this.
 */
export async function evaluateHeldOut(
  nlu: Nlu,
  heldOutDir: string = NLU_DATA.heldOutDir,
  set: EvaluationSet = 'heldOut',
): Promise<HeldOutEvaluation> {
  const results = {} as Record<Language, LanguageEvaluation>;
  for (const language of LANGUAGES) results[language] = await evaluateLanguage(nlu, heldOutDir, language, EVALUATION_SETS[set]);
  const total = LANGUAGES.reduce((sum, l) => sum + results[l].total, 0);
  const wrong = LANGUAGES.reduce((sum, l) => sum + results[l].confidentWrong * results[l].total, 0);
  return { perLanguage: results, confidentWrong: wrong / total };
}

export interface ThresholdPoint {
  readonly threshold: number;
  readonly perLanguage: Readonly<Record<Language, { readonly accuracy: number; readonly confidentWrong: number }>>;
}

/**
 * Accuracy and confidently-wrong share at other thresholds, replayed from one
 * pass: an Understanding below the threshold still carries the model's best
 * guess as its first alternative. Used to choose CONFIDENCE_THRESHOLD.
 */
export async function sweepThresholds(
  nlu: Nlu,
  thresholds: readonly number[],
  heldOutDir: string = NLU_DATA.heldOutDir,
  set: EvaluationSet = 'heldOut',
): Promise<ThresholdPoint[]> {
  const outcomes = {} as Record<Language, { expected: Intent; best: Intent | undefined; score: number }[]>;
  for (const language of LANGUAGES) {
    outcomes[language] = [];
    for (const { intent, utterance } of corpusExamples(loadCorpus(heldOutDir, language, EVALUATION_SETS[set]))) {
      const result = await nlu.understand(utterance, language);
      const best = result.intent === 'None' ? result.alternatives[0] : { intent: result.intent, score: result.score };
      outcomes[language].push({ expected: intent, best: best?.intent, score: best?.score ?? 0 });
    }
  }
  return thresholds.map((threshold) => {
    const perLanguage = {} as Record<Language, { accuracy: number; confidentWrong: number }>;
    for (const language of LANGUAGES) {
      const list = outcomes[language];
      const answered = list.filter((o) => o.score >= threshold);
      perLanguage[language] = {
        accuracy: answered.filter((o) => o.best === o.expected).length / list.length,
        confidentWrong: answered.filter((o) => o.best !== o.expected).length / list.length,
      };
    }
    return { threshold, perLanguage };
  });
}

/**
 * Share of out-of-domain messages (heldout/outOfDomain.json: small talk the
 * bot should not answer) that still got an intent: each is a confident wrong
 * answer a user would see.
 */
export async function evaluateOutOfDomain(
  nlu: Nlu,
  heldOutDir: string = NLU_DATA.heldOutDir,
): Promise<Readonly<Record<Language, number>>> {
  const texts = loadOutOfDomain(heldOutDir);
  const result = {} as Record<Language, number>;
  for (const language of LANGUAGES) {
    let answered = 0;
    for (const text of texts[language]) if ((await nlu.understand(text, language)).intent !== 'None') answered += 1;
    result[language] = answered / texts[language].length;
  }
  return result;
}

/**
 * How the close-call margin (CLOSE_MARGIN) is chosen. Every utterance of an
 * evaluation set the model never trained on is understood once; the answer
 * at any other margin is replayed from that one pass, since an understanding
 * carries the best intent and the runner-up either way. Per margin and
 * language it counts confidently wrong answers (a wrong intent answered) and
 * right answers turned into a question (the bot asks which of two it means):
 * the first is what a wider margin buys down, the second what it costs.
 */
import type { Language } from '../domain/model.js';
import { corpusExamples, LANGUAGES, loadCorpus } from './corpus.js';
import { NLU_DATA } from './dataFiles.js';
import { EVALUATION_SETS, type EvaluationSet } from './evaluateHeldOut.js';
import type { Intent } from './intents.js';
import { CONFIDENCE_THRESHOLD, PASTED_ERROR_SCORE, type Nlu } from './nluModel.js';

export interface MarginPoint {
  readonly margin: number;
  readonly perLanguage: Readonly<Record<Language, { readonly total: number; readonly confidentlyWrong: number; readonly rightAsked: number; readonly wrongAsked: number }>>;
}

interface Replayable {
  readonly expected: Intent;
  readonly best?: { readonly intent: Intent; readonly score: number };
  readonly runnerUp?: { readonly intent: Intent; readonly score: number };
}

async function replayable(nlu: Nlu, language: Language, set: EvaluationSet, dir: string): Promise<Replayable[]> {
  const list: Replayable[] = [];
  for (const { intent, utterance } of corpusExamples(loadCorpus(dir, language, EVALUATION_SETS[set]))) {
    const result = await nlu.understand(utterance, language);
    // A close call comes back as 'None' with both candidates; otherwise the intent and its alternatives.
    const [first, second] = result.close ? result.alternatives : [result.intent === 'None' ? undefined : { intent: result.intent, score: result.score }, result.alternatives[0]];
    list.push({ expected: intent, ...(first ? { best: first } : {}), ...(second ? { runnerUp: second } : {}) });
  }
  return list;
}

export async function sweepMargins(nlu: Nlu, margins: readonly number[], set: EvaluationSet = 'paraphrases', dir: string = NLU_DATA.heldOutDir): Promise<MarginPoint[]> {
  const outcomes = {} as Record<Language, Replayable[]>;
  for (const language of LANGUAGES) outcomes[language] = await replayable(nlu, language, set, dir);
  return margins.map((margin) => {
    const perLanguage = {} as Record<Language, MarginPoint['perLanguage'][Language]>;
    for (const language of LANGUAGES) {
      let confidentlyWrong = 0;
      let rightAsked = 0;
      let wrongAsked = 0;
      for (const { expected, best, runnerUp } of outcomes[language]) {
        if (!best || best.score < CONFIDENCE_THRESHOLD) continue;
        const close = best.score < PASTED_ERROR_SCORE && runnerUp !== undefined && best.score - runnerUp.score < margin;
        const right = best.intent === expected;
        if (close && right) rightAsked += 1;
        else if (close) wrongAsked += 1;
        else if (!right) confidentlyWrong += 1;
      }
      perLanguage[language] = { total: outcomes[language].length, confidentlyWrong, rightAsked, wrongAsked };
    }
    return { margin, perLanguage };
  });
}

/** Adds up points of the same margins over several sets (the held-out split and the paraphrases). */
export function combinePoints(...sets: ReadonlyArray<readonly MarginPoint[]>): MarginPoint[] {
  const [first = []] = sets;
  return first.map((point, i) => {
    const perLanguage = {} as Record<Language, MarginPoint['perLanguage'][Language]>;
    for (const language of LANGUAGES) {
      const rows = sets.map((set) => set[i]!.perLanguage[language]);
      perLanguage[language] = {
        total: rows.reduce((n, r) => n + r.total, 0),
        confidentlyWrong: rows.reduce((n, r) => n + r.confidentlyWrong, 0),
        rightAsked: rows.reduce((n, r) => n + r.rightAsked, 0),
        wrongAsked: rows.reduce((n, r) => n + r.wrongAsked, 0),
      };
    }
    return { margin: point.margin, perLanguage };
  });
}

/** Right answers a wider margin may turn into a question: 1 % of the set. */
export const RIGHT_ASKED_BUDGET = 0.01;

/**
 * The rule CLOSE_MARGIN follows, per language: among the margins that turn at
 * most RIGHT_ASKED_BUDGET of the set's right answers into a question, keep
 * those with the fewest confidently wrong answers, then those asking about
 * the fewest right answers; take the middle of that range (rounded to 0.01),
 * so neither edge of a tie, where the counts are about to change, decides.
 */
export function chooseMargin(points: readonly MarginPoint[], language: Language): number {
  const rows = points.map((p) => ({ margin: p.margin, ...p.perLanguage[language] }));
  const affordable = rows.filter((r) => r.rightAsked <= RIGHT_ASKED_BUDGET * r.total);
  const fewestWrong = Math.min(...affordable.map((r) => r.confidentlyWrong));
  const leastWrong = affordable.filter((r) => r.confidentlyWrong === fewestWrong);
  const fewestAsked = Math.min(...leastWrong.map((r) => r.rightAsked));
  const best = leastWrong.filter((r) => r.rightAsked === fewestAsked).map((r) => r.margin);
  return Math.round(((Math.min(...best) + Math.max(...best)) / 2) * 100) / 100;
}

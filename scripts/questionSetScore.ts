/**
 * Entry point of `npm run score:questions -- [blind|independent]`: runs a
 * question set through the real bot turn and prints every reply's verdict,
 * so a miss can be read, not only counted.
 */
import { createEvaluationBot, scoreIndependentSet, type IndependentScore } from '../src/bot/evaluation/independentRun.js';
import type { QuestionSet } from '../src/bot/evaluation/independentSet.js';

const percent = (share: number): string => `${(share * 100).toFixed(1)} %`;

function summary(set: QuestionSet, score: IndependentScore): string[] {
  const lines = [`${set} set (${score.language}, ${score.total} questions): right ${percent(score.right)}, right or honest ${percent(score.rightOrHonest)}, confidently wrong ${percent(score.confidentlyWrong)}`];
  for (const [kind, figures] of Object.entries(score.byKind)) {
    const right = score.results.filter((r) => r.question.kind === kind && r.verdict === 'right').length;
    lines.push(`  ${kind.padEnd(10)} right ${right}/${figures.total}, right or honest ${figures.rightOrHonest}/${figures.total}`);
  }
  return lines;
}

async function main(): Promise<void> {
  const set: QuestionSet = process.argv[2] === 'independent' ? 'independent' : 'blind';
  const bot = await createEvaluationBot();
  const totals: string[] = [];
  for (const language of ['en', 'ja'] as const) {
    const score = await scoreIndependentSet(language, bot.ask, set);
    for (const r of score.results) {
      console.log(`${r.verdict.padEnd(10)} ${r.question.id} [${r.question.as}] ${r.question.q}\n           → ${r.visible.slice(0, 400).replace(/\n/g, ' | ')}`);
    }
    totals.push(...summary(set, score));
  }
  console.log(`\n${totals.join('\n')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

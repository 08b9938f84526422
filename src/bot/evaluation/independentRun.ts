/**
 * Runs the independent set through the real bot turn: the composition root's
 * services over an in-memory store seeded with the demo directory, and
 * botbuilder's TestAdapter as Teams. Each question is a new conversation, so
 * one answer never leans on the previous one.
 */
import { TestAdapter, type Activity } from 'botbuilder';
import { buildServices } from '../../app.js';
import { loadConfig } from '../../config.js';
import { fixedClock } from '../../domain/clock.js';
import type { Language } from '../../domain/model.js';
import { createLogger } from '../../logger.js';
import { buildDemoData, createMemoryStore, seedIfEmpty } from '../../storage/index.js';
import type { SupportBot } from '../supportBot.js';
import { loadIndependentSet, type IndependentQuestion, type QuestionKind, type QuestionSet } from './independentSet.js';
import { judgeReply, visibleReplyText, type Verdict } from './replyVerdict.js';

export interface QuestionResult {
  readonly question: IndependentQuestion;
  readonly verdict: Verdict;
  readonly visible: string;
}

export interface IndependentScore {
  readonly language: Language;
  readonly total: number;
  /** Right answer, a clarifying question or an honest "not covered". */
  readonly rightOrHonest: number;
  readonly right: number;
  readonly confidentlyWrong: number;
  readonly byKind: Readonly<Record<QuestionKind, { total: number; rightOrHonest: number }>>;
  readonly results: readonly QuestionResult[];
}

const EVALUATION_DAY = '2026-11-24';

export async function createEvaluationBot(): Promise<{ ask(as: string, text: string, language: Language): Promise<string> }> {
  const store = createMemoryStore();
  await seedIfEmpty(store, EVALUATION_DAY);
  const people = buildDemoData(EVALUATION_DAY).people;
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  const { bot }: { bot: SupportBot } = await buildServices(config, store, createLogger('silent'), fixedClock(`${EVALUATION_DAY}T09:00:00.000Z`));
  let conversation = 0;
  return {
    async ask(as, text, language) {
      conversation += 1;
      // Someone not in the directory is a different person each time, so one answer's ticket never shapes the next.
      const person = people.find((p) => p.aadObjectId === `aad-${as}`) ?? { aadObjectId: `aad-${as}-${conversation}`, tenantId: 'tenant-unknown', name: as };
      const adapter = new TestAdapter((context) => bot.run(context), {
        channelId: 'msteams',
        locale: language === 'ja' ? 'ja-JP' : 'en-US',
        from: { id: `29:${person.aadObjectId}`, name: person.name, aadObjectId: person.aadObjectId },
        conversation: { id: `independent-${conversation}`, conversationType: 'personal', tenantId: person.tenantId, isGroup: false, name: '' },
        channelData: { tenant: { id: person.tenantId } },
      } as Partial<Activity>);
      const replies: Array<Record<string, unknown>> = [];
      await adapter.send(text).startTest();
      for (const activity of adapter.activeQueue.splice(0)) replies.push(activity as unknown as Record<string, unknown>);
      return visibleReplyText(replies.filter((r) => r.type === 'message'));
    },
  };
}

export async function scoreIndependentSet(
  language: Language,
  ask: (as: string, text: string, language: Language) => Promise<string>,
  set: QuestionSet = 'independent',
): Promise<IndependentScore> {
  const results: QuestionResult[] = [];
  for (const question of loadIndependentSet(language, set)) {
    const visible = await ask(question.as, question.q, language);
    results.push({ question, verdict: judgeReply(question, visible, language), visible });
  }
  const byKind = { plain: { total: 0, rightOrHonest: 0 }, compound: { total: 0, rightOrHonest: 0 }, terse: { total: 0, rightOrHonest: 0 }, notCovered: { total: 0, rightOrHonest: 0 } };
  for (const r of results) {
    byKind[r.question.kind].total += 1;
    if (r.verdict !== 'wrong') byKind[r.question.kind].rightOrHonest += 1;
  }
  const share = (n: number): number => (results.length === 0 ? 0 : n / results.length);
  return {
    language,
    total: results.length,
    rightOrHonest: share(results.filter((r) => r.verdict !== 'wrong').length),
    right: share(results.filter((r) => r.verdict === 'right').length),
    confidentlyWrong: share(results.filter((r) => r.verdict === 'wrong').length),
    byKind,
    results,
  };
}

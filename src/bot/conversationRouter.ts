/**
 * Decides what handles a turn: card actions go to the verb table, text goes
 * through the interceptors, then language understanding and the intent table.
 * Uncertain understanding never becomes a confident answer: the user gets the
 * closest topics as buttons and the helpdesk.
 */
import type { Language } from '../domain/model.js';
import { maskSecretsInText } from '../domain/secrets.js';
import type { Intent } from '../nlu/intents.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Nlu } from '../nlu/nluModel.js';
import { isCardVerb, type CardVerb } from './cardVerbs.js';
import { ConversationMemory } from './conversationMemory.js';
import type { IntentHandler, TurnInterceptor, VerbHandler } from './feature.js';
import { compoundUnderstandings } from './compoundQuestion.js';
import { resolveFollowUp } from './followUp.js';
import { withStatedSituation } from './statedSituation.js';
import { conversationReplies } from './features/conversation/conversationReplies.js';
import type { Reply } from './reply.js';
import type { TurnRequest, VerbResult } from './turnRequest.js';
import { recordUnanswered, type UnansweredLogDeps } from './unansweredLog.js';

export interface RouterTables {
  readonly intents: Readonly<Record<Intent, IntentHandler>>;
  readonly verbs: Readonly<Record<CardVerb, VerbHandler>>;
  readonly interceptors: readonly TurnInterceptor[];
}

export interface RouterDeps extends UnansweredLogDeps {
  readonly config: Pick<Config, 'maxTextLength'>;
  readonly nlu: Nlu;
  readonly logger: Logger;
}

export class ConversationRouter {
  constructor(
    private readonly services: RouterDeps,
    private readonly tables: RouterTables,
  ) {}

  async onText(request: TurnRequest): Promise<Reply[]> {
    const { text, state, language } = request;
    ConversationMemory.remember(state, { from: 'user', text: maskSecretsInText(text.slice(0, 500)), at: new Date().toISOString() });
    if (text.length > this.services.config.maxTextLength) {
      return [conversationReplies.tooLong(language, this.services.config.maxTextLength)];
    }
    if (text === '') return conversationReplies.help(request);
    for (const intercept of this.tables.interceptors) {
      const replies = await intercept(request);
      if (replies) return replies;
    }
    const understanding = withStatedSituation(resolveFollowUp(await this.services.nlu.understand(text, language), state, text), text);
    if (understanding.entities.uncovered) {
      // The article has no facts on this (prices, hours, …): say so rather than answer a neighbouring topic.
      this.services.logger.info({ uncovered: understanding.entities.uncovered, language }, 'not covered by the program');
      // The helpdesk sees what partners ask that the program's rules do not answer, as it sees what was not understood.
      await recordUnanswered(this.services, request);
      const closest = understanding.intent === 'None' ? understanding.alternatives : [{ intent: understanding.intent }];
      return [conversationReplies.notCovered(request, closest)];
    }
    const parts = await compoundUnderstandings(text, language, this.services.nlu, understanding);
    if (parts) {
      state.notUnderstoodInARow = 0;
      this.services.logger.info({ intents: parts.map((p) => p.intent), language }, 'understood a compound question');
      const replies: Reply[] = [];
      for (const part of parts) if (part.intent !== 'None') replies.push(...(await this.tables.intents[part.intent]({ ...request, understanding: part })));
      return replies;
    }
    if (understanding.intent === 'None' && understanding.close) return [conversationReplies.clarify(request, understanding.alternatives)];
    if (understanding.intent === 'None') {
      state.notUnderstoodInARow += 1;
      await recordUnanswered(this.services, request);
      return [conversationReplies.notSure(request, understanding.alternatives)];
    }
    state.notUnderstoodInARow = 0;
    state.lastIntent = understanding.intent;
    state.lastEntities = understanding.entities;
    this.services.logger.info({ intent: understanding.intent, score: Number(understanding.score.toFixed(2)), language }, 'understood');
    return this.tables.intents[understanding.intent]({ ...request, understanding });
  }

  /** Action.Submit: a message whose value carries the card's data. */
  async onCardSubmit(request: TurnRequest, value: Readonly<Record<string, unknown>>): Promise<Reply[]> {
    const result = await this.onCardExecute(request, value.verb, value, false);
    return result.updatedCard ? [...result.replies, { text: '', card: result.updatedCard }] : result.replies;
  }

  /** Action.Execute (adaptiveCard/action invoke), and Action.Submit through onCardSubmit. */
  async onCardExecute(request: TurnRequest, verb: unknown, data: Readonly<Record<string, unknown>>, invoke = true): Promise<VerbResult> {
    if (!isCardVerb(verb)) {
      this.services.logger.warn({ verb: typeof verb === 'string' ? verb.slice(0, 40) : typeof verb }, 'unknown card verb');
      return { replies: [conversationReplies.refusal(request.language, 'unknownAction')] };
    }
    this.services.logger.info({ verb, invoke }, 'card action');
    return this.tables.verbs[verb]({ ...request, data, invoke });
  }

  welcome(request: TurnRequest): Promise<Reply[]> {
    return conversationReplies.welcome(request);
  }

  tenantRefused(language: Language): Reply {
    return conversationReplies.refusal(language, 'tenantNotAllowed');
  }
}

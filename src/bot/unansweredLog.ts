/**
 * Keeps a question the bot could not answer for the helpdesk digest: masked
 * (IDs, e-mail addresses), one line, shortened. Losing one is harmless, so
 * a failed write is logged and the user still gets their answer.
 */
import { createHash } from 'node:crypto';
import { storableQuestion } from '../domain/insights/questionGroups.js';
import type { Clock } from '../domain/clock.js';
import type { Repositories } from '../domain/repositories.js';
import type { Logger } from '../logger.js';
import type { TurnRequest } from './turnRequest.js';

export interface UnansweredLogDeps {
  readonly repos: Pick<Repositories, 'unansweredQuestions'>;
  readonly clock: Clock;
  readonly logger: Logger;
}

export async function recordUnanswered(services: UnansweredLogDeps, request: TurnRequest): Promise<void> {
  const text = storableQuestion(request.text);
  if (!text) return;
  const at = services.clock.now().toISOString();
  // One entry per turn: the conversation, the moment and the words identify it.
  const key = createHash('sha256').update(`${request.conversationId}|${request.fromId}|${at}|${text}`).digest('hex').slice(0, 32);
  try {
    await services.repos.unansweredQuestions.record({ key, at, language: request.language, text });
  } catch (error) {
    services.logger.warn({ err: error }, 'unanswered question not recorded');
  }
}

/**
 * Teams re-sends an activity when the bot answers slowly, and the re-send may
 * reach another replica. The same activity id in the same conversation within
 * the window is processed once (the store's log decides, for every replica);
 * the replay is acknowledged and does nothing.
 */
import type { Middleware, TurnContext } from 'botbuilder';
import type { ProcessedActivityLog } from '../domain/sharedState.js';

export class ReplayGuard implements Middleware {
  constructor(
    private readonly log: ProcessedActivityLog,
    private readonly windowMs = 10 * 60_000,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { id, conversation, type } = context.activity;
    // Invokes must always get a response; card actions are idempotent on their own.
    if (!id || !conversation?.id || type === 'conversationUpdate' || type === 'invoke') return next();
    if (!(await this.log.firstSeen(`${conversation.id}|${id}`, this.windowMs))) return;
    await next();
  }
}

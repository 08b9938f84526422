/**
 * Teams re-sends an activity when the bot answers slowly. The same activity
 * id in the same conversation within the window is processed once; the
 * replay is acknowledged and does nothing.
 */
import type { Middleware, TurnContext } from 'botbuilder';

export class ReplayGuard implements Middleware {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly windowMs = 10 * 60_000,
    private readonly maxEntries = 100_000,
    private readonly now: () => number = Date.now,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { id, conversation, type } = context.activity;
    // Invokes must always get a response; card actions are idempotent on their own.
    if (!id || !conversation?.id || type === 'conversationUpdate' || type === 'invoke') return next();
    const key = `${conversation.id}|${id}`;
    const time = this.now();
    this.forgetOld(time);
    if (this.seen.has(key)) return;
    this.seen.set(key, time);
    await next();
  }

  private forgetOld(time: number): void {
    for (const [key, at] of this.seen) {
      if (this.seen.size <= this.maxEntries && time - at < this.windowMs) break;
      this.seen.delete(key);
    }
  }
}

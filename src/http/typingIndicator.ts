/**
 * Shows "typing…" while a reply takes long. Unlike the SDK's
 * ShowTypingMiddleware it never sends after the turn has ended (the turn's
 * context is revoked by then, which crashed the process): it waits for an
 * in-flight typing send before letting the turn finish, and swallows its
 * failures — a missing typing indicator must never fail a turn.
 */
import { ActivityTypes, type Middleware, type TurnContext } from 'botbuilder';

export class TypingIndicator implements Middleware {
  constructor(
    private readonly delayMs = 500,
    private readonly periodMs = 2000,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (context.activity.type !== ActivityTypes.Message) return next();
    let finished = false;
    let inFlight: Promise<unknown> = Promise.resolve();
    let timer: NodeJS.Timeout | undefined;
    const tick = (): void => {
      if (finished) return;
      inFlight = context
        .sendActivity({ type: ActivityTypes.Typing, relatesTo: context.activity.relatesTo })
        .catch(() => undefined)
        .finally(() => {
          if (!finished) timer = setTimeout(tick, this.periodMs);
        });
    };
    timer = setTimeout(tick, this.delayMs);
    try {
      await next();
    } finally {
      finished = true;
      clearTimeout(timer);
      await inFlight;
    }
  }
}

/**
 * Failed authentication is logged once per source per minute, without stack
 * traces, so that a scanner hammering the endpoint cannot flood the logs.
 */
import type { Logger } from '../logger.js';

export class AuthFailureLog {
  private readonly lastLogged = new Map<string, number>();

  constructor(
    private readonly logger: Logger,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  note(source: string, reason: string): void {
    const time = this.now();
    const last = this.lastLogged.get(source);
    if (last !== undefined && time - last < this.windowMs) return;
    if (this.lastLogged.size > 10_000) this.lastLogged.clear();
    this.lastLogged.set(source, time);
    this.logger.warn({ source, reason }, 'request refused: authentication failed');
  }
}

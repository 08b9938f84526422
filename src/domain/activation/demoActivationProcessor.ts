/**
 * Approves requests by itself `delaySeconds` after they were made, so the
 * walk-through can be tried locally. After a restart it picks up the pending
 * requests the bot made (a timer due in the past fires at once); seeded
 * requests (Wingtip's) are left alone so their story stays "pending".
 */
import type { Clock } from '../clock.js';
import type { ActivationRequest } from '../repositories.js';
import type { ActivationCompletion } from './activationCompletion.js';
import type { ActivationProcessor } from './activationProcessor.js';
import { BOT_REQUEST_KEY_PREFIX } from './activationService.js';

export const DEMO_DECIDER = { kind: 'system', name: 'demo-processor' } as const;

export interface Timers {
  set(ms: number, run: () => void): unknown;
  clear(handle: unknown): void;
}

export const realTimers: Timers = {
  set: (ms, run) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class DemoActivationProcessor implements ActivationProcessor {
  readonly kind = 'demo';
  private readonly scheduled = new Map<string, unknown>();
  private readonly running = new Set<Promise<unknown>>();
  private stopped = false;

  constructor(
    private readonly completion: ActivationCompletion,
    private readonly delaySeconds: number,
    private readonly clock: Clock,
    private readonly onError: (error: unknown, request: ActivationRequest) => void,
    private readonly timers: Timers = realTimers,
  ) {}

  async submitted(request: ActivationRequest): Promise<void> {
    this.schedule(request);
  }

  async start(pending: readonly ActivationRequest[]): Promise<void> {
    for (const request of pending) if (request.idempotencyKey.startsWith(BOT_REQUEST_KEY_PREFIX)) this.schedule(request);
  }

  /** Cancels timers and waits for approvals already under way. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const handle of this.scheduled.values()) this.timers.clear(handle);
    this.scheduled.clear();
    await Promise.all([...this.running]);
  }

  private schedule(request: ActivationRequest): void {
    const key = `${request.tenantId}|${request.id}`;
    if (this.stopped || this.scheduled.has(key)) return;
    const due = Date.parse(request.requestedAt) + this.delaySeconds * 1000;
    const wait = Math.max(0, Number.isNaN(due) ? 0 : due - this.clock.now().getTime());
    this.scheduled.set(key, this.timers.set(wait, () => {
      this.scheduled.delete(key);
      const run = this.completion.approve(request.tenantId, request.id, DEMO_DECIDER).then(
        (result) => {
          if (!result.ok) this.onError(new Error(`demo approval failed: ${result.problem}`), request);
        },
        (error: unknown) => this.onError(error, request),
      );
      this.running.add(run);
      void run.finally(() => this.running.delete(run));
    }));
  }
}

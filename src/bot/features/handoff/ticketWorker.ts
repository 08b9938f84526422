/**
 * The hand-off's background loop: every few seconds it finds tickets with
 * work left (a card never posted because the channel was down or not yet
 * registered, an update or message that failed) and hands them to the courier.
 */
import type { StopWork } from '../../feature.js';
import { repeatEvery } from '../../periodicWork.js';
import type { HandoffServices } from './handoffServices.js';

export interface TicketWorkerOptions {
  /** How often to look for unfinished work. Tests use a short interval. */
  readonly intervalMs?: number;
}

export const DEFAULT_WORKER_INTERVAL_MS = 5000;

export function startTicketWorker(services: HandoffServices, options: TicketWorkerOptions = {}): StopWork {
  const { courier } = services;
  let stopped = false;
  const runOnce = async (): Promise<void> => {
    for (const ticket of await services.repos.tickets.listWithPendingWork()) {
      if (stopped) return;
      await courier.deliver(ticket.id);
    }
  };
  // Work left from before a restart goes out at once.
  const stopLoop = repeatEvery(options.intervalMs ?? DEFAULT_WORKER_INTERVAL_MS, runOnce, (error) => services.logger.warn({ err: error }, 'ticket worker run failed'), { now: true });
  return async () => {
    stopped = true;
    await stopLoop();
    await courier.idle();
  };
}

/**
 * Starts a delivery without waiting for it. Message turns use this: the
 * requester's answer must not wait on the channel, and a failure is retried
 * by the loop above anyway.
 */
export function deliverSoon(services: HandoffServices, ticketId: string): void {
  void services.courier.deliver(ticketId);
}

/** Waits for a delivery at most `ms`: a turn must answer promptly, the rest finishes in the background. */
export async function deliverWithin(services: HandoffServices, ticketId: string, ms = 8000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  await Promise.race([services.courier.deliver(ticketId), timeout]);
  clearTimeout(timer);
}

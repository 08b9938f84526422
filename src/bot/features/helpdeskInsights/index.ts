/**
 * The helpdesk's view of its own service: unclaimed tickets raised again
 * after TICKET_ESCALATE_MINUTES, a weekly digest card in the helpdesk
 * channel, and "helpdesk report" on demand. Checks run every minute.
 */
import type { Feature, StopWork } from '../../feature.js';
import type { InsightDeps } from './insightServices.js';
import { reportCommandInterceptor } from './reportCommand.js';
import { TicketEscalator } from './ticketEscalator.js';
import { postWeeklyDigestIfDue } from './weeklyDigest.js';

export type { InsightDeps } from './insightServices.js';

export const INSIGHTS_CHECK_MS = 60_000;

function startInsights(deps: InsightDeps): StopWork {
  const escalator = new TicketEscalator(deps);
  let running: Promise<unknown> = Promise.resolve();
  const check = (): void => {
    running = running
      .then(async () => {
        await escalator.runOnce();
        await postWeeklyDigestIfDue(deps);
      })
      .catch((error: unknown) => deps.logger.error({ err: error }, 'helpdesk checks failed'));
  };
  check();
  const timer = setInterval(check, INSIGHTS_CHECK_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}

export function createHelpdeskInsightsFeature(deps: InsightDeps): Feature {
  return {
    intents: {},
    verbs: {},
    interceptors: [reportCommandInterceptor(deps)],
    start: async () => startInsights(deps),
  };
}

export { TicketEscalator } from './ticketEscalator.js';
export { postWeeklyDigestIfDue } from './weeklyDigest.js';

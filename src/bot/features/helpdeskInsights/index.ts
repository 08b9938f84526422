/**
 * The helpdesk's view of its own service: unclaimed tickets raised again
 * after TICKET_ESCALATE_MINUTES, a weekly digest card in the helpdesk
 * channel, and "helpdesk report" on demand. Checks run every minute.
 */
import type { Feature, StopWork } from '../../feature.js';
import { repeatEvery } from '../../periodicWork.js';
import type { InsightDeps } from './insightServices.js';
import { reportCommandInterceptor } from './reportCommand.js';
import { TicketEscalator } from './ticketEscalator.js';
import { postWeeklyDigestIfDue } from './weeklyDigest.js';

export type { InsightDeps } from './insightServices.js';

export const INSIGHTS_CHECK_MS = 60_000;

function startInsights(deps: InsightDeps): StopWork {
  const escalator = new TicketEscalator(deps);
  const check = async (): Promise<void> => {
    await escalator.runOnce();
    await postWeeklyDigestIfDue(deps);
  };
  return repeatEvery(INSIGHTS_CHECK_MS, check, (error) => deps.logger.error({ err: error }, 'helpdesk checks failed'), { now: true });
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

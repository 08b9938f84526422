/**
 * The helpdesk's view of its own service: unclaimed tickets raised again
 * after TICKET_ESCALATE_MINUTES, a weekly digest card in the helpdesk
 * channel, and "helpdesk report" on demand. Checks run every minute.
 */
import type { BotServices } from '../../botServices.js';
import type { FeatureModule } from '../../featureModule.js';
import { reportCommandInterceptor } from './reportCommand.js';
import { TicketEscalator } from './ticketEscalator.js';
import { postWeeklyDigestIfDue } from './weeklyDigest.js';

export const INSIGHTS_CHECK_MS = 60_000;

function startInsights(services: BotServices): () => Promise<void> {
  const escalator = new TicketEscalator(services);
  let running: Promise<unknown> = Promise.resolve();
  const check = (): void => {
    running = running
      .then(async () => {
        await escalator.runOnce();
        await postWeeklyDigestIfDue(services);
      })
      .catch((error: unknown) => services.logger.error({ err: error }, 'helpdesk checks failed'));
  };
  check();
  const timer = setInterval(check, INSIGHTS_CHECK_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}

export const helpdeskInsightsFeature: FeatureModule<never, never> = {
  intents: {},
  verbs: {},
  interceptors: [reportCommandInterceptor],
  start: async (services) => startInsights(services),
};

export { TicketEscalator } from './ticketEscalator.js';
export { postWeeklyDigestIfDue } from './weeklyDigest.js';

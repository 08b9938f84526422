/**
 * Activation (issue #3): "activate our benefits" typed or clicked walks
 * through the checks, the activation card, the stored request, its
 * processing (helpdesk or demo) and the completion message; "what's the
 * status" answers from the store. Helpdesk agents get the pending queue.
 */
import type { FeatureModule } from '../../featureModule.js';
import { activateVerb } from './activateVerb.js';
import { activationRuntime } from './activationRuntime.js';
import { askAdminsVerb } from './askAdminsVerb.js';
import { checkReplies } from './checkReplies.js';
import { helpdeskQueue } from './helpdeskQueue.js';
import { approveActivationVerb, helpdeskAgent, rejectActivationVerb } from './helpdeskVerbs.js';
import { statusReplies } from './statusReplies.js';

const DEMO_RESCAN_MS = 15_000;

export const activationFeature: FeatureModule<'activationRequest' | 'activationStatus', 'activate' | 'askAdminsToActivate' | 'approveActivation' | 'rejectActivation'> = {
  intents: {
    activationRequest: async (request, services) => {
      if (helpdeskAgent(request)) return helpdeskQueue(request, services);
      return checkReplies(request, await activationRuntime(services).service.check(request.requester), services);
    },
    activationStatus: async (request, services) => (helpdeskAgent(request) ? helpdeskQueue(request, services) : statusReplies(request, services)),
  },
  verbs: {
    activate: activateVerb,
    askAdminsToActivate: askAdminsVerb,
    approveActivation: approveActivationVerb,
    rejectActivation: rejectActivationVerb,
  },
  /**
   * Builds the runtime (which checks activation.json) and lets the processor
   * pick up pending requests. The demo processor looks again now and then, so
   * requests made on another replica (or on one that stopped) are approved too.
   */
  async start(services) {
    const { service, processor } = activationRuntime(services);
    await processor.start(await service.pendingRequests());
    const rescan = (): void => {
      service
        .pendingRequests()
        .then((pending) => processor.start(pending))
        .catch((error: unknown) => services.logger.warn({ err: error }, 'activation: pending requests could not be read; will retry'));
    };
    const timer = processor.kind === 'demo' ? setInterval(rescan, DEMO_RESCAN_MS) : undefined;
    timer?.unref();
    return () => {
      clearInterval(timer);
      return processor.stop();
    };
  },
};

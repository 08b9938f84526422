/**
 * Activation: "activate our benefits" typed or clicked walks through the
 * checks, the activation card, the stored request, its processing (helpdesk
 * or demo) and the completion message; "what's the status" answers from the
 * store. Helpdesk agents get the pending queue.
 */
import { withServices, type Feature } from '../../feature.js';
import { repeatEvery } from '../../periodicWork.js';
import { activateVerb } from './activateVerb.js';
import { buildActivationServices, type ActivationDeps } from './activationServices.js';
import { askAdminsVerb } from './askAdminsVerb.js';
import { checkReplies } from './checkReplies.js';
import { helpdeskQueue } from './helpdeskQueue.js';
import { approveActivationVerb, helpdeskAgent, rejectActivationVerb } from './helpdeskVerbs.js';
import { statusReplies } from './statusReplies.js';

export type { ActivationDeps } from './activationServices.js';

const DEMO_RESCAN_MS = 15_000;

export function createActivationFeature(deps: ActivationDeps): Feature<'activationRequest' | 'activationStatus', 'activate' | 'askAdminsToActivate' | 'approveActivation' | 'rejectActivation'> {
  const services = buildActivationServices(deps);
  const { service, processor } = services;
  return {
    intents: {
      activationRequest: async (request) => {
        if (helpdeskAgent(request)) return helpdeskQueue(request, services);
        return checkReplies(request, await service.check(request.requester), services);
      },
      activationStatus: async (request) => (helpdeskAgent(request) ? helpdeskQueue(request, services) : statusReplies(request, services)),
    },
    verbs: withServices(
      { activate: activateVerb, askAdminsToActivate: askAdminsVerb, approveActivation: approveActivationVerb, rejectActivation: rejectActivationVerb },
      services,
    ),
    /**
     * Lets the processor pick up pending requests. The demo processor looks
     * again now and then, so requests made on another replica (or on one that
     * stopped) are approved too.
     */
    async start() {
      await processor.start(await service.pendingRequests());
      const stopRescan =
        processor.kind === 'demo'
          ? repeatEvery(DEMO_RESCAN_MS, async () => processor.start(await service.pendingRequests()), (error) =>
              deps.logger.warn({ err: error }, 'activation: pending requests could not be read; will retry'),
            )
          : undefined;
      return async () => {
        await stopRescan?.();
        await processor.stop();
      };
    },
  };
}

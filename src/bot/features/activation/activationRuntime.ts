/**
 * The activation services of one running bot, built once from BotServices:
 * the rule-backed service, the completion, and the processor config chooses
 * (helpdesk by default; demo approves by itself after a delay).
 */
import {
  ActivationCompletion,
  ActivationService,
  DemoActivationProcessor,
  HelpdeskActivationProcessor,
  randomIds,
  type ActivationProcessor,
  type HelpdeskInbox,
} from '../../../domain/activation/index.js';
import type { ActivationRequest } from '../../../domain/repositories.js';
import type { BotServices } from '../../botServices.js';
import { proactiveNotifier } from './completionMessage.js';
import { helpdeskCard } from './helpdeskCard.js';
import { helpdeskMessages } from './helpdeskMessages.js';

export interface ActivationRuntime {
  readonly service: ActivationService;
  readonly completion: ActivationCompletion;
  readonly processor: ActivationProcessor;
  /** When each (tenant|user) last asked their admins, so a double click sends one message. */
  readonly askedAt: Map<string, number>;
}

const runtimes = new WeakMap<BotServices, ActivationRuntime>();

/** Posts the request's card to the helpdesk channel, when one is registered. */
function channelInbox(services: BotServices): HelpdeskInbox {
  return {
    async post(request) {
      const channel = await services.repos.conversationReferences.findHelpdeskChannel();
      if (!channel) {
        services.logger.warn({ tenant: request.tenantId, request: request.id }, 'activation: no helpdesk channel yet; the request waits in the agents\' chat queue');
        return false;
      }
      const { directory } = services.repos;
      const [company, requester] = await Promise.all([directory.findCompany(request.tenantId), directory.findPerson(request.tenantId, request.requestedBy)]);
      const card = await helpdeskCard(request, '', 'en', services);
      // Who asks, for which company: the notification alone tells the agent what is waiting.
      const text = helpdeskMessages.for('en')('cardText', { name: requester?.name ?? request.requestedBy, company: company?.name ?? request.tenantId });
      await services.proactive.sendTo(channel, [{ text, card }]);
      return true;
    },
  };
}

export function activationRuntime(services: BotServices): ActivationRuntime {
  const existing = runtimes.get(services);
  if (existing) return existing;
  const service = ActivationService.create({ ...services, repos: services.repos });
  const completion = new ActivationCompletion(service, services.repos, proactiveNotifier(services), randomIds, services.clock);
  const onError = (error: unknown, request: ActivationRequest): void =>
    services.logger.error({ err: error, tenant: request.tenantId, request: request.id }, 'activation: processing failed');
  const processor: ActivationProcessor =
    services.config.activationProcessor === 'demo'
      ? new DemoActivationProcessor(completion, services.config.demoActivationDelaySeconds, services.clock, onError)
      : new HelpdeskActivationProcessor(channelInbox(services), onError);
  const runtime = { service, completion, processor, askedAt: new Map<string, number>() };
  runtimes.set(services, runtime);
  return runtime;
}

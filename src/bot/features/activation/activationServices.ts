/**
 * What the activation handlers work with, built once by the feature: the
 * rule-backed service, the completion, the processor config chooses
 * (helpdesk by default; demo approves by itself after a delay), and the
 * shared services the replies and messages use.
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
import type { Config } from '../../../config.js';
import type { Clock } from '../../../domain/clock.js';
import type { EntitlementService } from '../../../domain/entitlement/index.js';
import type { ProgramData } from '../../../domain/entitlement/programData.js';
import type { ActivationRequest, Repositories } from '../../../domain/repositories.js';
import type { RuleEngine } from '../../../domain/ruleEngine/index.js';
import type { Logger } from '../../../logger.js';
import type { ProactiveMessenger } from '../../delivery/proactiveMessenger.js';
import type { VerbRequest, VerbResult } from '../../turnRequest.js';
import { proactiveNotifier } from './completionMessage.js';
import { helpdeskCard } from './helpdeskCard.js';
import { helpdeskMessages } from './helpdeskMessages.js';
import { RecentAsks } from './recentAsks.js';

export interface ActivationDeps {
  readonly config: Pick<Config, 'activationProcessor' | 'demoActivationDelaySeconds'>;
  readonly repos: Pick<Repositories, 'directory' | 'contracts' | 'activationRequests' | 'conversationReferences' | 'locks'>;
  readonly rules: RuleEngine;
  readonly entitlements: EntitlementService;
  readonly program: ProgramData;
  readonly proactive: Pick<ProactiveMessenger, 'sendTo' | 'sendToUser'>;
  readonly clock: Clock;
  readonly logger: Logger;
}

export interface ActivationServices extends ActivationDeps {
  readonly service: ActivationService;
  readonly completion: ActivationCompletion;
  readonly processor: ActivationProcessor;
  /** Who (tenant|user) asked their admins lately, so a double click sends one message. */
  readonly recentAsks: RecentAsks;
}

/** A card-verb handler of this feature, before the feature binds its services. */
export type ActivationVerb = (request: VerbRequest, services: ActivationServices) => Promise<VerbResult>;

/** Posts the request's card to the helpdesk channel, when one is registered. */
function channelInbox(deps: ActivationDeps): HelpdeskInbox {
  return {
    async post(request) {
      const channel = await deps.repos.conversationReferences.findHelpdeskChannel();
      if (!channel) {
        deps.logger.warn({ tenant: request.tenantId, request: request.id }, 'activation: no helpdesk channel yet; the request waits in the agents\' chat queue');
        return false;
      }
      const { directory } = deps.repos;
      const [company, requester] = await Promise.all([directory.findCompany(request.tenantId), directory.findPerson(request.tenantId, request.requestedBy)]);
      const card = await helpdeskCard(request, '', 'en', deps);
      // Who asks, for which company: the notification alone tells the agent what is waiting.
      const text = helpdeskMessages.for('en')('cardText', { name: requester?.name ?? request.requestedBy, company: company?.name ?? request.tenantId });
      await deps.proactive.sendTo(channel, [{ text, card }]);
      return true;
    },
  };
}

/** Checks activation.json at once, so a broken file stops start-up. */
export function buildActivationServices(deps: ActivationDeps, recentAsks = new RecentAsks()): ActivationServices {
  const service = ActivationService.create(deps);
  const completion = new ActivationCompletion(service, deps.repos, proactiveNotifier(deps), randomIds, deps.clock);
  const onError = (error: unknown, request: ActivationRequest): void =>
    deps.logger.error({ err: error, tenant: request.tenantId, request: request.id }, 'activation: processing failed');
  const processor: ActivationProcessor =
    deps.config.activationProcessor === 'demo'
      ? new DemoActivationProcessor(completion, deps.config.demoActivationDelaySeconds, deps.clock, onError)
      : new HelpdeskActivationProcessor(channelInbox(deps), onError);
  return { ...deps, service, completion, processor, recentAsks };
}

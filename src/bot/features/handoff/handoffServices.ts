/**
 * What the hand-off handlers work with: the tickets and the helpdesk
 * channel, the messenger, language understanding (to name a ticket's topic
 * and to tell a question from a relayed message), and the feature's one
 * courier, which keeps each ticket's deliveries in order.
 */
import type { Config } from '../../../config.js';
import type { Clock } from '../../../domain/clock.js';
import type { ProgramData } from '../../../domain/entitlement/programData.js';
import type { Repositories } from '../../../domain/repositories.js';
import type { Logger } from '../../../logger.js';
import type { Nlu } from '../../../nlu/nluModel.js';
import type { ProactiveMessenger } from '../../delivery/proactiveMessenger.js';
import type { Reply } from '../../reply.js';
import type { IntentRequest, VerbRequest, VerbResult } from '../../turnRequest.js';
import type { TicketCourier } from './ticketCourier.js';

export interface HandoffDeps {
  readonly config: Pick<Config, 'handoffMode' | 'ticketsPerHour' | 'deliveryMaxAttempts' | 'deliveryMaxAgeHours'>;
  readonly repos: Pick<Repositories, 'tickets' | 'conversationReferences' | 'contracts' | 'outbox' | 'locks'>;
  readonly program: ProgramData;
  readonly nlu: Pick<Nlu, 'understand'>;
  readonly proactive: Pick<ProactiveMessenger, 'sendTo' | 'sendToUser' | 'update' | 'continueWith'>;
  readonly clock: Clock;
  readonly logger: Logger;
}

export interface HandoffServices extends HandoffDeps {
  readonly courier: TicketCourier;
}

/** Intent and card-verb handlers of this feature, before the feature binds its services. */
export type HandoffIntent = (request: IntentRequest, services: HandoffServices) => Promise<Reply[]>;
export type HandoffVerb = (request: VerbRequest, services: HandoffServices) => Promise<VerbResult>;

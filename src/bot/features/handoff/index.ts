/**
 * The helpdesk hand-off: the requester asks for a person (or clicks "Talk to
 * the helpdesk"), a ticket opens and its card appears in the helpdesk
 * channel, agents act on it with Universal Actions, and the bot relays both
 * ways until it is resolved. The background worker keeps cards and messages
 * going out after failures.
 */
import { withServices, type Feature } from '../../feature.js';
import { agentVerbs } from './agentTicketActions.js';
import type { HandoffDeps, HandoffIntent, HandoffServices, HandoffVerb } from './handoffServices.js';
import { startHandoff } from './handoffStarter.js';
import { registerChannel } from './helpdeskChannel.js';
import { relayInterceptor } from './relayInterceptor.js';
import { ticketRate, ticketRequesterReopen } from './requesterRating.js';
import { backToBot, ticketStatus, ticketWithdrawIntent, ticketWithdrawVerb } from './requesterTicketActions.js';
import { TicketCourier } from './ticketCourier.js';
import { startTicketWorker, type TicketWorkerOptions } from './ticketWorker.js';

export type { HandoffDeps } from './handoffServices.js';

type Intents = 'handoffRequest' | 'ticketStatus' | 'ticketWithdraw' | 'backToBot' | 'useChannelForTickets';
type Verbs = 'handoff' | 'ticketAssign' | 'ticketReply' | 'ticketResolve' | 'ticketReopen' | 'ticketWithdraw' | 'refreshCard' | 'ticketRate' | 'ticketRequesterReopen';

const INTENTS: Readonly<Record<Intents, HandoffIntent>> = {
  handoffRequest: (request, services) => startHandoff(request, services),
  ticketStatus,
  ticketWithdraw: ticketWithdrawIntent,
  backToBot,
  useChannelForTickets: registerChannel,
};

const VERBS: Readonly<Record<Verbs, HandoffVerb>> = {
  handoff: async (request, services) => ({ replies: await startHandoff(request, services) }),
  ticketWithdraw: ticketWithdrawVerb,
  ticketRate,
  ticketRequesterReopen,
  ...agentVerbs,
};

/** One courier for turns and the worker, so a ticket's deliveries stay in order in this process. */
export function createHandoffFeature(deps: HandoffDeps, worker: TicketWorkerOptions = {}): Feature<Intents, Verbs> {
  const services: HandoffServices = { ...deps, courier: new TicketCourier(deps) };
  return {
    intents: withServices(INTENTS, services),
    verbs: withServices(VERBS, services),
    interceptors: [(request) => relayInterceptor(request, services)],
    start: async () => startTicketWorker(services, worker),
  };
}

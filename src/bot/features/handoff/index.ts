/**
 * The helpdesk hand-off: the requester asks for a person (or clicks "Talk to
 * the helpdesk"), a ticket opens and its card appears in the helpdesk
 * channel, agents act on it with Universal Actions, and the bot relays both
 * ways until it is resolved. The start hook keeps cards and messages going
 * out after failures.
 */
import type { FeatureModule } from '../../featureModule.js';
import { agentVerbs } from './agentTicketActions.js';
import { startHandoff } from './handoffStarter.js';
import { registerChannel } from './helpdeskChannel.js';
import { relayInterceptor } from './relayInterceptor.js';
import { ticketRate, ticketRequesterReopen } from './requesterRating.js';
import { backToBot, ticketStatus, ticketWithdrawIntent, ticketWithdrawVerb } from './requesterTicketActions.js';
import { startTicketWorker } from './ticketWorker.js';

export { startHandoff, type HandoffTrigger } from './handoffStarter.js';
export { startTicketWorker } from './ticketWorker.js';

type HandoffIntent = 'handoffRequest' | 'ticketStatus' | 'ticketWithdraw' | 'backToBot' | 'useChannelForTickets';
type HandoffVerb = 'handoff' | 'ticketAssign' | 'ticketReply' | 'ticketResolve' | 'ticketReopen' | 'ticketWithdraw' | 'refreshCard' | 'ticketRate' | 'ticketRequesterReopen';

export const handoffFeature: FeatureModule<HandoffIntent, HandoffVerb> = {
  intents: {
    handoffRequest: (request, services) => startHandoff(request, services),
    ticketStatus,
    ticketWithdraw: ticketWithdrawIntent,
    backToBot,
    useChannelForTickets: registerChannel,
  },
  verbs: {
    handoff: async (request, services) => ({ replies: await startHandoff(request, services) }),
    ticketWithdraw: ticketWithdrawVerb,
    ticketRate,
    ticketRequesterReopen,
    ...agentVerbs,
  },
  interceptors: [relayInterceptor],
  start: async (services) => startTicketWorker(services),
};

// Placeholder until the handoff feature lands: it answers that the topic is not available yet.
import type { FeatureModule } from '../../featureModule.js';
import { notYetBuilt, notYetBuiltVerb } from '../conversation/notYetBuilt.js';

export const handoffFeature: FeatureModule<'handoffRequest' | 'ticketStatus' | 'ticketWithdraw' | 'backToBot' | 'useChannelForTickets', 'handoff' | 'ticketAssign' | 'ticketReply' | 'ticketResolve' | 'ticketReopen' | 'ticketWithdraw' | 'refreshCard'> = {
  intents: { handoffRequest: notYetBuilt, ticketStatus: notYetBuilt, ticketWithdraw: notYetBuilt, backToBot: notYetBuilt, useChannelForTickets: notYetBuilt },
  verbs: { handoff: notYetBuiltVerb, ticketAssign: notYetBuiltVerb, ticketReply: notYetBuiltVerb, ticketResolve: notYetBuiltVerb, ticketReopen: notYetBuiltVerb, ticketWithdraw: notYetBuiltVerb, refreshCard: notYetBuiltVerb },
};

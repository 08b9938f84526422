/**
 * Who is asking, as a ticket names them. A known user is their directory
 * record. A user the directory does not know is their Teams identity (tenant
 * and AAD object id, the same pair that identifies known users) under a name
 * saying they are unknown, so anyone can reach a person. Without both ids
 * two users cannot be told apart, so there is no ticket for them.
 */
import type { TicketParty } from '../../../domain/handoff/ticket.js';
import type { StoredReference } from '../../../domain/repositories.js';
import type { HandoffServices } from './handoffServices.js';
import type { TurnRequest } from '../../turnRequest.js';
import { agentMessages } from './agentMessages.js';
import { channelLanguage } from './helpdeskChannel.js';

export interface RequesterParty extends TicketParty {
  readonly inDirectory: boolean;
}

export async function requesterParty(request: TurnRequest, services: HandoffServices): Promise<RequesterParty | undefined> {
  const { requester } = request;
  if (requester.known) {
    const { tenantId, aadObjectId, name } = requester.person;
    return { tenantId, aadObjectId, name, inDirectory: true };
  }
  const { tenantId, aadObjectId } = requester;
  if (!tenantId || !aadObjectId) return undefined;
  // Named in the helpdesk's language: the name is what agents read on the card and in the thread.
  const channel = await services.repos.conversationReferences.findHelpdeskChannel();
  const name = agentMessages.for(channel ? channelLanguage(channel) : 'en')('unlistedName', { tenant: tenantId });
  return { tenantId, aadObjectId, name, inDirectory: false };
}

/**
 * Known users' 1:1 conversations are remembered in the directory on every
 * turn. An unknown user's is kept on their ticket alone, so the helpdesk's
 * answers reach them while the bot stores nothing under a tenant it does not
 * know (no company record for every passer-by).
 */
export function unlistedReference(request: TurnRequest, party: RequesterParty): { requesterReference?: StoredReference } {
  if (party.inDirectory || !request.personalChat || !request.reference) return {};
  return { requesterReference: request.reference };
}

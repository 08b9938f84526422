/**
 * Who is asking, as a ticket names them. A known user is their directory
 * record. A user the directory does not know is their Teams identity (tenant
 * and AAD object id, the same pair that identifies known users) under a name
 * saying they are unknown, so anyone can reach a person. Without both ids
 * two users cannot be told apart, so there is no ticket for them.
 */
import type { TicketParty } from '../../../domain/handoff/ticket.js';
import type { BotServices } from '../../botServices.js';
import type { TurnRequest } from '../../turnRequest.js';
import { agentMessages } from './agentMessages.js';
import { channelLanguage } from './helpdeskChannel.js';

export interface RequesterParty extends TicketParty {
  readonly inDirectory: boolean;
}

export async function requesterParty(request: TurnRequest, services: BotServices): Promise<RequesterParty | undefined> {
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
 * Known users' 1:1 conversations are remembered on every turn; an unknown
 * user's only when they open a ticket, so the helpdesk's answers can reach
 * them without the bot storing anything for every passer-by.
 */
export async function rememberUnlisted(request: TurnRequest, services: BotServices, party: RequesterParty): Promise<void> {
  if (party.inDirectory || !request.personalChat || !request.reference) return;
  await services.repos.conversationReferences.saveUserReference(party.tenantId, party.aadObjectId, request.reference);
}

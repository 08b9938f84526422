/**
 * Turns a ticket event into the message its recipient reads: a notice in the
 * requester's chat (in their language) or a post in the ticket's channel
 * thread (in the channel's language).
 */
import type { Ticket, TicketEvent } from '../../../domain/handoff/ticket.js';
import type { Language } from '../../../domain/model.js';
import { textReply, type Reply } from '../../reply.js';
import { agentMessages } from './agentMessages.js';
import { ratingReply } from './ratingCard.js';
import { requesterMessages } from './requesterMessages.js';

type RequesterKey = Parameters<ReturnType<typeof requesterMessages.for>>[0];
type AgentKey = Parameters<ReturnType<typeof agentMessages.for>>[0];

/** What the requester is told of each event; a resolution comes with the rating card. */
const REQUESTER_NOTICES: Partial<Record<TicketEvent['kind'], RequesterKey>> = { assigned: 'assigned', agentReply: 'agentReply', resolved: 'resolved', reopened: 'reopened' };

/** What the ticket's channel thread is told of each event. */
const THREAD_POSTS: Partial<Record<TicketEvent['kind'], AgentKey>> = { userMessage: 'threadUserMessage', withdrawn: 'threadWithdrawn', rated: 'threadRated', reopened: 'threadReopened' };

export function requesterNotice(ticket: Ticket, event: TicketEvent): Reply | undefined {
  const key = REQUESTER_NOTICES[event.kind];
  if (!key) return undefined;
  const text = requesterMessages.for(ticket.requester.language)(key, { id: ticket.id, agent: event.by, text: event.text ?? '' });
  return event.kind === 'resolved' ? ratingReply(ticket, text) : textReply(text);
}

export function threadPost(ticket: Ticket, event: TicketEvent, language: Language): Reply | undefined {
  const key = THREAD_POSTS[event.kind];
  return key ? textReply(agentMessages.for(language)(key, { id: ticket.id, name: event.by, text: event.text ?? '' })) : undefined;
}

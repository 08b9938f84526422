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

export function requesterNotice(ticket: Ticket, event: TicketEvent): Reply | undefined {
  const m = requesterMessages.for(ticket.requester.language);
  const params = { id: ticket.id, agent: event.by, text: event.text ?? '' };
  switch (event.kind) {
    case 'assigned':
      return textReply(m('assigned', params));
    case 'agentReply':
      return textReply(m('agentReply', params));
    case 'resolved':
      return ratingReply(ticket, m('resolved', params));
    case 'reopened':
      return textReply(m('reopened', params));
    default:
      return undefined;
  }
}

export function threadPost(ticket: Ticket, event: TicketEvent, language: Language): Reply | undefined {
  const m = agentMessages.for(language);
  const params = { id: ticket.id, name: event.by, text: event.text ?? '' };
  switch (event.kind) {
    case 'userMessage':
      return textReply(m('threadUserMessage', params));
    case 'withdrawn':
      return textReply(m('threadWithdrawn', params));
    case 'rated':
      return textReply(m('threadRated', params));
    case 'reopened':
      return textReply(m('threadReopened', params));
    default:
      return undefined;
  }
}

/**
 * The one-tap rating the requester gets when their ticket is resolved
 * (cards/rating.json): 1–5, an optional comment, or "reopen" instead.
 */
import type { Ticket } from '../../../domain/handoff/ticket.js';
import type { Reply } from '../../reply.js';
import { requesterMessages } from './requesterMessages.js';

export const RATING_CARD = 'rating';
const SCORES = [1, 2, 3, 4, 5] as const;

export function ratingReply(ticket: Ticket, resolvedText: string): Reply {
  const m = requesterMessages.for(ticket.requester.language);
  const summary = m('ratingSummary', { id: ticket.id });
  return {
    text: resolvedText,
    card: {
      name: RATING_CARD,
      data: {
        title: m('ratingTitle'),
        summary,
        scoreLabel: m('ratingScore'),
        scoreMissing: m('ratingMissing'),
        choices: SCORES.map((score) => ({ title: m(`ratingChoice${score}`), value: String(score) })),
        commentLabel: m('ratingComment'),
        commentPlaceholder: m('ratingCommentPlaceholder'),
        send: m('ratingSend'),
        reopen: m('ratingReopen'),
        ticketId: ticket.id,
        fallbackText: `${resolvedText}\n${summary}`,
      },
    },
  };
}

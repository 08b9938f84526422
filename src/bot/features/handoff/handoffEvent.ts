/**
 * HANDOFF_MODE=event: instead of the helpdesk channel, the bot emits the Bot
 * Framework "handoff.initiate" event with the transcript into the requester's
 * conversation, where an engagement hub listening on the channel takes over.
 */
import { EventFactory, type Activity } from 'botbuilder';
import type { Ticket } from '../../../domain/handoff/ticket.js';
import type { HandoffServices } from './handoffServices.js';
import { withRetry } from '../../delivery/retryPolicy.js';

function transcriptActivities(ticket: Ticket): Activity[] {
  return ticket.transcript.map(
    (line) =>
      ({
        type: 'message',
        text: line.text,
        timestamp: new Date(line.at),
        from: line.from === 'user' ? { id: ticket.requester.aadObjectId, name: ticket.requester.name, role: 'user' } : { id: 'bot', name: 'Partner Support Bot', role: 'bot' },
      }) as Activity,
  );
}

/** True when the event went out; false when the requester has no stored 1:1 conversation. */
export async function sendHandoffInitiation(services: HandoffServices, ticket: Ticket): Promise<boolean> {
  const reference = ticket.requesterReference ?? (await services.repos.conversationReferences.findUserReference(ticket.requester.tenantId, ticket.requester.aadObjectId));
  if (!reference) return false;
  const handoffContext = {
    ticketId: ticket.id,
    // An engagement hub must see an unverified requester as clearly as the channel card shows it.
    requester: { name: ticket.requester.name, company: ticket.requester.companyName, tenantId: ticket.requester.tenantId, inDirectory: ticket.requester.notInDirectory !== true },
    topic: ticket.topic,
    question: ticket.question,
    severity: ticket.severity,
    snapshot: ticket.snapshot,
  };
  await services.proactive.continueWith(reference, async (context) => {
    const event = EventFactory.createHandoffInitiation(context, handoffContext, { activities: transcriptActivities(ticket) });
    await withRetry(() => context.sendActivity(event));
  });
  return true;
}

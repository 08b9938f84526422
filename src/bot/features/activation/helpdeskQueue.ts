/**
 * Helpdesk agents asking about activation get the queue: one card per pending
 * request, to approve or reject right in the chat. This is also the repair
 * path when the helpdesk channel does not exist yet or a post failed.
 */
import type { ActivationServices } from './activationServices.js';
import { answerReply } from '../../cards/answerCard.js';
import type { Reply } from '../../reply.js';
import type { TurnRequest } from '../../turnRequest.js';
import { helpdeskCard } from './helpdeskCard.js';
import { helpdeskMessages } from './helpdeskMessages.js';

/** Keeps the answer well under Teams' message limits; the oldest requests come first. */
const MAX_CARDS = 10;

export async function helpdeskQueue(request: TurnRequest, services: ActivationServices): Promise<Reply[]> {
  const m = helpdeskMessages.for(request.language);
  const pending = await services.service.pendingRequests();
  const notes = services.config.activationProcessor === 'demo' ? [m('demoNote', { seconds: services.config.demoActivationDelaySeconds })] : [];
  const summary = pending.length === 0 ? m('queueEmpty') : m('queueSummary', { count: pending.length });
  const cards: Reply[] = [];
  for (const item of pending.slice(0, MAX_CARDS)) {
    const card = await helpdeskCard(item, '', request.language, services);
    const { directory } = services.repos;
    const [company, requester] = await Promise.all([directory.findCompany(item.tenantId), directory.findPerson(item.tenantId, item.requestedBy)]);
    cards.push({ text: m('cardText', { name: requester?.name ?? item.requestedBy, company: company?.name ?? item.tenantId }), card });
  }
  return [answerReply({ title: m('queueTitle'), summary, notes }), ...cards];
}

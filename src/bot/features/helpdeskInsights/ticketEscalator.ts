/**
 * Raises a ticket again in the helpdesk channel when nobody has claimed it
 * within TICKET_ESCALATE_MINUTES: once per time it is open (a ticket the
 * requester reopens may be raised again). Claim before send, like
 * reminders: a marker keyed by ticket and opening makes it at most once,
 * across restarts and replicas. The marker is kept until the last day a scan
 * saw its ticket still waiting, then for the reports' retention period.
 */
import type { Ticket } from '../../../domain/handoff/ticket.js';
import type { InsightDeps } from './insightServices.js';
import type { Reply } from '../../reply.js';
import { channelLanguage } from '../handoff/helpdeskChannel.js';
import { formatTime, topicName } from '../../presentation/index.js';
import { insightMessages } from './insightMessages.js';

export const ESCALATION_CARD = 'escalation';

/** When the ticket last became unclaimed: opened, or reopened by its requester. */
export function openSince(ticket: Ticket): string {
  return ticket.events.filter((e) => e.kind === 'reopened').at(-1)?.at ?? ticket.createdAt;
}

function escalationReply(ticket: Ticket, minutes: number, since: string, language: 'en' | 'ja'): Reply {
  const m = insightMessages.for(language);
  const company = ticket.requester.companyName || ticket.requester.tenantId;
  const title = m('escalationTitle', { id: ticket.id });
  const summary = m('escalationSummary', { id: ticket.id, requester: ticket.requester.name, company, minutes });
  const facts = [
    { label: m('escalationTopic'), value: topicName(ticket.topic, language) },
    { label: m('escalationQuestion'), value: ticket.question.slice(0, 300) },
    { label: m('escalationWaited'), value: formatTime(since, language) },
  ];
  return {
    text: summary,
    card: { name: ESCALATION_CARD, data: { title, summary, facts, assign: m('escalationAssign'), ticketId: ticket.id, rev: ticket.revision, fallbackText: [title, summary, ...facts.map((f) => `${f.label}: ${f.value}`)].join('\n') } },
  };
}

export class TicketEscalator {
  constructor(private readonly services: InsightDeps) {}

  /** Escalates what is due now; returns the ids escalated. */
  async runOnce(): Promise<string[]> {
    const { repos, clock, config, logger, proactive } = this.services;
    const channel = await repos.conversationReferences.findHelpdeskChannel();
    if (!channel) return []; // nowhere to raise it yet; nothing is claimed, so it is raised once there is
    const now = clock.now();
    const escalated: string[] = [];
    for (const ticket of await repos.tickets.listUnclaimed()) {
      if (ticket.mode !== 'channel') continue;
      const since = openSince(ticket);
      const minutes = Math.floor((now.getTime() - Date.parse(since)) / 60_000);
      if (minutes < config.ticketEscalateMinutes) continue;
      const key = `escalation|${ticket.id}|${since}`;
      // Needed while this opening can still be raised, i.e. while the ticket waits unclaimed: each scan
      // that sees it waiting moves keepUntil to today; once claimed, it goes after the retention period.
      const keepUntil = now.toISOString().slice(0, 10);
      if (!(await repos.markers.claim({ key, kind: 'escalation', claimedAt: now.toISOString(), tenantId: ticket.requester.tenantId, topic: ticket.id, keepUntil }))) continue;
      try {
        await proactive.sendTo(channel, [escalationReply(ticket, minutes, since, channelLanguage(channel))]);
        await repos.markers.settle(key, 'sent', clock.now().toISOString());
        escalated.push(ticket.id);
        logger.info({ ticket: ticket.id, minutes }, 'unclaimed ticket escalated');
      } catch (error) {
        logger.error({ err: error, ticket: ticket.id }, 'escalation could not be posted');
      }
    }
    return escalated;
  }
}

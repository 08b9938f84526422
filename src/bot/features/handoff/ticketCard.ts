/**
 * The ticket card the helpdesk channel shows (cards/ticket.json): the facts,
 * the question, the conversation so far, the context snapshot, and only the
 * actions the ticket's status allows. Every action carries the revision it
 * was shown at, which makes a replayed click recognisable.
 */
import type { ProgramData } from '../../../domain/entitlement/index.js';
import type { Ticket } from '../../../domain/handoff/ticket.js';
import { isAllowed } from '../../../domain/handoff/ticketTransitions.js';
import type { Language } from '../../../domain/model.js';
import { formatTime, requestedByLabel, snapshotText, topicName } from '../../presentation/index.js';
import type { Reply } from '../../reply.js';
import type { TicketCardData } from '../../cards/cardTemplates.js';
import { agentMessages } from './agentMessages.js';
import { asLiteralText } from './literalText.js';
import { severityLabel, statusLabel } from './ticketLabels.js';

export const TICKET_CARD = 'ticket';
const SHOWN_MESSAGES = 8;

/** What the bot knew about the requester's company; for someone not in the directory, that it knew nothing. */
function snapshotLines(ticket: Ticket, language: Language, program: ProgramData): Array<{ label: string; value: string }> {
  const m = agentMessages.for(language);
  const { snapshot } = ticket;
  if (!snapshot || ticket.requester.notInDirectory) return [{ label: m('directory'), value: m('notInDirectoryNote') }];
  const text = snapshotText(program, snapshot, language);
  return [
    { label: m('roles'), value: text.roles },
    { label: m('offers'), value: text.offers },
    ...text.contracts.map((value) => ({ label: m('contract'), value })),
  ];
}

function conversationLines(ticket: Ticket, language: Language): string[] {
  const m = agentMessages.for(language);
  return ticket.events
    .filter((e) => (e.kind === 'agentReply' || e.kind === 'userMessage') && e.text)
    .slice(-SHOWN_MESSAGES)
    .map((e) => asLiteralText(m(e.kind === 'agentReply' ? 'fromAgent' : 'fromUser', { name: e.by, text: e.text ?? '' })));
}

export function ticketCardData(ticket: Ticket, language: Language, program: ProgramData): TicketCardData {
  const m = agentMessages.for(language);
  const status = statusLabel(language, ticket.status);
  const severity = severityLabel(language, ticket.severity);
  const company = ticket.requester.notInDirectory ? m('notInDirectory') : asLiteralText(ticket.requester.companyName);
  const facts = [
    { label: requestedByLabel(language), value: asLiteralText(ticket.requester.name) },
    { label: m('company'), value: company },
    { label: m('topic'), value: topicName(ticket.topic, language) },
    { label: m('severity'), value: severity },
    { label: m('status'), value: status },
    { label: m('assignee'), value: ticket.assignee?.name ?? m('nobody') },
    { label: m('opened'), value: formatTime(ticket.createdAt, language) },
    ...(ticket.rating ? [{ label: m('rating'), value: ticket.rating.comment ? `${ticket.rating.score}/5 — ${ticket.rating.comment}` : `${ticket.rating.score}/5` }] : []),
  ];
  const transcript = ticket.transcript.map((t) => asLiteralText(t.from === 'bot' ? m('fromBot', { text: t.text }) : m('fromUserLine', { text: t.text })));
  const title = m('cardTitle', { id: ticket.id });
  return {
    title,
    subtitle: m('subtitle', { company, severity, status }),
    headerStyle: ticket.severity === 'urgent' ? 'attention' : ticket.status === 'resolved' || ticket.status === 'withdrawn' ? 'good' : 'emphasis',
    facts,
    question: asLiteralText(ticket.question),
    conversation: conversationLines(ticket, language),
    transcript,
    snapshot: snapshotLines(ticket, language, program),
    ticketId: ticket.id,
    rev: ticket.revision,
    canAssign: ticket.status === 'open' || ticket.status === 'assigned',
    canReply: isAllowed('reply', ticket.status),
    canResolve: isAllowed('resolve', ticket.status),
    canReopen: isAllowed('reopen', ticket.status),
    labels: {
      question: m('question'),
      conversationHeading: m('conversationHeading'),
      transcriptHeading: m('transcriptHeading'),
      snapshotHeading: m('snapshotHeading'),
      assign: m('assign'),
      reply: m('reply'),
      replyPlaceholder: m('replyPlaceholder'),
      emptyReply: m('emptyReply'),
      send: m('send'),
      resolve: m('resolve'),
      reopen: m('reopen'),
      refresh: m('refresh'),
    },
    fallbackText: [title, ...facts.map((f) => `${f.label}: ${f.value}`), ticket.question].join('\n'),
  };
}

export function ticketCardReply(ticket: Ticket, language: Language, program: ProgramData): Reply {
  const m = agentMessages.for(language);
  const text = m('summary', { id: ticket.id, status: statusLabel(language, ticket.status), question: ticket.question.slice(0, 120) });
  return { text, card: { name: TICKET_CARD, data: ticketCardData(ticket, language, program) } };
}

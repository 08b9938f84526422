/** Names of ticket statuses and severities, shared by the requester's and the agents' views. */
import type { TicketSeverity, TicketStatus } from '../../../domain/handoff/ticket.js';
import type { Language } from '../../../domain/model.js';
import { defineMessages } from '../../i18n/messages.js';

export const ticketLabels = defineMessages<TicketStatus | TicketSeverity>(
  { open: 'open', assigned: 'assigned', resolved: 'resolved', withdrawn: 'withdrawn', normal: 'normal', urgent: 'URGENT' },
  { open: '受付済み', assigned: '対応中', resolved: '解決済み', withdrawn: '取り下げ', normal: '通常', urgent: '緊急' },
);

export function statusLabel(language: Language, status: TicketStatus): string {
  return ticketLabels.for(language)(status);
}

export function severityLabel(language: Language, severity: TicketSeverity): string {
  return ticketLabels.for(language)(severity);
}

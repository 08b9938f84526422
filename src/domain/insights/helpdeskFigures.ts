/**
 * The helpdesk's figures for a period, computed from stored tickets,
 * markers and the unanswered-question log with no I/O. The same function
 * feeds the digest card, "helpdesk report" and the command-line export, so
 * they always agree.
 */
import type { Ticket, TicketEvent } from '../handoff/ticket.js';
import type { EventMarker } from '../markers/eventMarker.js';
import { topQuestions, type QuestionGroup } from './questionGroups.js';
import type { ReportPeriod } from './reportPeriod.js';
import type { UnansweredQuestion } from './unansweredQuestion.js';

export interface UnreachablePerson {
  readonly tenantId: string;
  readonly aadObjectId: string;
}

export interface HelpdeskFigures {
  readonly period: ReportPeriod;
  readonly opened: number;
  readonly claimed: number;
  readonly resolved: number;
  /** null when nothing was claimed / resolved in the period. */
  readonly medianMinutesToClaim: number | null;
  readonly medianMinutesToResolve: number | null;
  readonly escalated: number;
  readonly ratings: number;
  /** null without ratings; one decimal. */
  readonly averageRating: number | null;
  readonly remindersSent: number;
  readonly remindersUndeliverable: number;
  /** People reminders could not reach (never chatted with the bot 1:1) and have not reached since. */
  readonly unreachable: readonly UnreachablePerson[];
  readonly unanswered: number;
  readonly topUnanswered: readonly QuestionGroup[];
}

export interface FigureSources {
  readonly tickets: readonly Ticket[];
  readonly reminders: readonly EventMarker[];
  readonly escalations: readonly EventMarker[];
  readonly questions: readonly UnansweredQuestion[];
}

const within = (at: string | undefined, period: ReportPeriod): boolean => at !== undefined && at >= period.from && at < period.to;
const minutesBetween = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / 60_000;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(value * 10) / 10;
}

/** When an agent first took the ticket: "Assign to me", or answering it while open. */
export function claimedAt(ticket: Ticket): string | undefined {
  return ticket.events.find((e: TicketEvent) => e.kind === 'assigned' || e.kind === 'agentReply')?.at;
}

export function resolvedAt(ticket: Ticket): string | undefined {
  return ticket.events.find((e) => e.kind === 'resolved')?.at;
}

export function helpdeskFigures(sources: FigureSources, period: ReportPeriod): HelpdeskFigures {
  const { tickets } = sources;
  const claimed = tickets.filter((t) => within(claimedAt(t), period));
  const resolved = tickets.filter((t) => within(resolvedAt(t), period));
  const rated = tickets.filter((t) => t.rating && within(t.rating.at, period));
  const reminders = sources.reminders.filter((m) => within(m.claimedAt, period));
  const unreachable = new Map<string, UnreachablePerson>();
  // Still unreachable: someone reached later in the period (they opened a chat since) is not listed.
  for (const m of [...reminders].sort((a, b) => a.claimedAt.localeCompare(b.claimedAt))) {
    if (!m.tenantId || !m.recipient) continue;
    const who = `${m.tenantId}|${m.recipient}`;
    if (m.state === 'undeliverable') unreachable.set(who, { tenantId: m.tenantId, aadObjectId: m.recipient });
    if (m.state === 'sent') unreachable.delete(who);
  }
  const questions = sources.questions.filter((q) => within(q.at, period));
  const scores = rated.map((t) => t.rating!.score);
  return {
    period,
    opened: tickets.filter((t) => within(t.createdAt, period)).length,
    claimed: claimed.length,
    resolved: resolved.length,
    medianMinutesToClaim: median(claimed.map((t) => minutesBetween(t.createdAt, claimedAt(t)!))),
    medianMinutesToResolve: median(resolved.map((t) => minutesBetween(t.createdAt, resolvedAt(t)!))),
    escalated: sources.escalations.filter((m) => within(m.claimedAt, period)).length,
    ratings: scores.length,
    averageRating: scores.length === 0 ? null : Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10,
    remindersSent: reminders.filter((m) => m.state === 'sent').length,
    remindersUndeliverable: reminders.filter((m) => m.state === 'undeliverable').length,
    unreachable: [...unreachable.values()],
    unanswered: questions.length,
    topUnanswered: topQuestions(questions),
  };
}

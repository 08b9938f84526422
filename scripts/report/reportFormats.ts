/**
 * The helpdesk figures as the export writes them: CSV (one row per figure,
 * then who could not be reminded, then the top unanswered questions), JSON,
 * or aligned text. Same figures as the digest card: one function computes them.
 */
import type { HelpdeskFigures } from '../../src/domain/insights/helpdeskFigures.js';

export type ReportFormat = 'csv' | 'json' | 'text';
export const REPORT_FORMATS: readonly ReportFormat[] = ['csv', 'json', 'text'];

export interface NamedPerson {
  readonly name: string;
  readonly company: string;
}

interface Row {
  readonly kind: 'figure' | 'unreachable' | 'unanswered';
  readonly name: string;
  readonly value: string;
}

const show = (value: number | null): string => (value === null ? '' : String(value));

function rowsOf(figures: HelpdeskFigures, unreachable: readonly NamedPerson[]): Row[] {
  const figure = (name: string, value: number | null | string): Row => ({ kind: 'figure', name, value: typeof value === 'string' ? value : show(value) });
  return [
    figure('period_from', figures.period.from),
    figure('period_to', figures.period.to),
    figure('tickets_opened', figures.opened),
    figure('tickets_claimed', figures.claimed),
    figure('tickets_resolved', figures.resolved),
    figure('tickets_escalated', figures.escalated),
    figure('median_minutes_to_claim', figures.medianMinutesToClaim),
    figure('median_minutes_to_resolve', figures.medianMinutesToResolve),
    figure('ratings', figures.ratings),
    figure('average_rating', figures.averageRating),
    figure('reminders_sent', figures.remindersSent),
    figure('reminders_undeliverable', figures.remindersUndeliverable),
    figure('unanswered_questions', figures.unanswered),
    ...unreachable.map((p): Row => ({ kind: 'unreachable', name: p.name, value: p.company })),
    ...figures.topUnanswered.map((g): Row => ({ kind: 'unanswered', name: g.text, value: String(g.count) })),
  ];
}

/** RFC 4180 quoting; a leading =, +, - or @ is prefixed so a spreadsheet never runs a question as a formula. */
export function csvField(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function formatReport(figures: HelpdeskFigures, unreachable: readonly NamedPerson[], format: ReportFormat): string {
  if (format === 'json') return `${JSON.stringify({ ...figures, unreachable }, null, 2)}\n`;
  const rows = rowsOf(figures, unreachable);
  if (format === 'csv') return `${['kind,name,value', ...rows.map((r) => [r.kind, r.name, r.value].map(csvField).join(','))].join('\r\n')}\r\n`;
  const width = Math.max(...rows.filter((r) => r.kind === 'figure').map((r) => r.name.length));
  return `${rows.map((r) => (r.kind === 'figure' ? `${r.name.padEnd(width)}  ${r.value || '-'}` : r.kind === 'unreachable' ? `not reachable: ${r.name} (${r.value})` : `unanswered ${r.value}x: ${r.name}`)).join('\n')}\n`;
}

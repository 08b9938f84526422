/**
 * Reads what a period's figures are computed from, through the repositories
 * (any store), so the bot's digest and the command-line export read the same.
 */
import type { Repositories } from '../repositories.js';
import { helpdeskFigures, type HelpdeskFigures } from './helpdeskFigures.js';
import type { ReportPeriod } from './reportPeriod.js';

export async function figuresFor(repos: Pick<Repositories, 'tickets' | 'markers' | 'unansweredQuestions'>, period: ReportPeriod): Promise<HelpdeskFigures> {
  const [tickets, reminders, escalations, questions] = await Promise.all([
    repos.tickets.listUpdatedSince(period.from),
    repos.markers.listSince('reminder', period.from),
    repos.markers.listSince('escalation', period.from),
    repos.unansweredQuestions.listSince(period.from),
  ]);
  return helpdeskFigures({ tickets, reminders, escalations, questions }, period);
}

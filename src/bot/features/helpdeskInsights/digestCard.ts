/**
 * The digest card (cards/digest.json): the period's figures, who could not
 * be reminded (by name, from the directory), and the top questions the bot
 * could not answer (already masked when stored).
 */
import type { HelpdeskFigures } from '../../../domain/insights/helpdeskFigures.js';
import type { Language } from '../../../domain/model.js';
import type { InsightDeps } from './insightServices.js';
import type { Reply } from '../../reply.js';
import { insightMessages } from './insightMessages.js';
import { formatTime } from '../../presentation/index.js';

export const DIGEST_CARD = 'digest';
type Translate = ReturnType<typeof insightMessages.for>;

export function durationText(m: Translate, minutes: number | null): string {
  if (minutes === null) return m('none');
  return minutes < 120 ? m('minutes', { value: Math.round(minutes) }) : m('hours', { value: Math.round(minutes / 6) / 10 });
}

async function unreachableNames(services: InsightDeps, figures: HelpdeskFigures, m: Translate): Promise<string[]> {
  return Promise.all(
    figures.unreachable.map(async ({ tenantId, aadObjectId }) => {
      const [person, company] = await Promise.all([services.repos.directory.findPerson(tenantId, aadObjectId), services.repos.directory.findCompany(tenantId)]);
      return m('unreachableLine', { name: person?.name ?? aadObjectId, company: company?.name ?? tenantId });
    }),
  );
}

export async function digestReply(services: InsightDeps, figures: HelpdeskFigures, language: Language, weekly: boolean): Promise<Reply> {
  const m = insightMessages.for(language);
  const title = m(weekly ? 'digestWeeklyTitle' : 'digestTitle');
  const period = m('digestPeriod', { from: formatTime(figures.period.from, language), to: formatTime(figures.period.to, language) });
  const rows = [
    { label: m('opened'), value: String(figures.opened) },
    { label: m('claimed'), value: String(figures.claimed) },
    { label: m('resolved'), value: String(figures.resolved) },
    { label: m('escalated'), value: String(figures.escalated) },
    { label: m('medianClaim'), value: durationText(m, figures.medianMinutesToClaim) },
    { label: m('medianResolve'), value: durationText(m, figures.medianMinutesToResolve) },
    { label: m('rating'), value: figures.averageRating === null ? m('none') : m('ratingValue', { average: figures.averageRating.toFixed(1), count: figures.ratings }) },
    { label: m('remindersSent'), value: String(figures.remindersSent) },
    { label: m('remindersUndeliverable'), value: String(figures.remindersUndeliverable) },
  ];
  const unreachable = await unreachableNames(services, figures, m);
  const unanswered = figures.topUnanswered.map((g) => m('unansweredLine', { count: g.count, text: g.text }));
  const sections = [
    ...(unreachable.length > 0 ? [{ heading: m('unreachableHeading'), items: unreachable, note: m('unreachableNote') }] : []),
    { heading: m('unansweredHeading'), items: unanswered.length > 0 ? unanswered : [m('unansweredNone')], note: m('unansweredNote', { days: services.config.unansweredRetentionDays }) },
  ];
  const summary = `${title}: ${rows.slice(0, 3).map((r) => `${r.label} ${r.value}`).join(', ')}`;
  const fallbackText = [title, period, ...rows.map((r) => `${r.label}: ${r.value}`), ...sections.flatMap((s) => [s.heading, ...s.items])].join('\n');
  return { text: summary, card: { name: DIGEST_CARD, data: { title, period, figures: rows, sections, fallbackText } } };
}

/**
 * The weekly digest: on the first check in a new week (Monday 00:00 UTC
 * onwards) the previous week's figures are posted to the helpdesk channel,
 * once per week (a "digest" marker keyed by the week), and questions past
 * the retention period are deleted.
 */
import { figuresFor } from '../../../domain/insights/figureSources.js';
import { isoWeekName, previousWeek } from '../../../domain/insights/reportPeriod.js';
import type { InsightDeps } from './insightServices.js';
import { channelLanguage } from '../handoff/helpdeskChannel.js';
import { digestReply } from './digestCard.js';

const DAY_MS = 86_400_000;

export async function purgeOldQuestions(services: InsightDeps): Promise<number> {
  const cutoff = new Date(services.clock.now().getTime() - services.config.unansweredRetentionDays * DAY_MS).toISOString();
  return services.repos.unansweredQuestions.purgeBefore(cutoff);
}

/** Posts last week's digest unless it was posted already; true when this call posted it. */
export async function postWeeklyDigestIfDue(services: InsightDeps): Promise<boolean> {
  const { repos, clock, logger, proactive } = services;
  await purgeOldQuestions(services);
  const channel = await repos.conversationReferences.findHelpdeskChannel();
  if (!channel) return false;
  const now = clock.now();
  const period = previousWeek(now);
  const key = `digest|${isoWeekName(new Date(period.from))}`;
  // Last week's digest is due only during this week: the marker matters until its Sunday.
  const keepUntil = new Date(Date.parse(period.to) + 6 * DAY_MS).toISOString().slice(0, 10);
  if (!(await repos.markers.claim({ key, kind: 'digest', claimedAt: now.toISOString(), topic: isoWeekName(new Date(period.from)), keepUntil }))) return false;
  try {
    const reply = await digestReply(services, await figuresFor(repos, period), channelLanguage(channel), true);
    await proactive.sendTo(channel, [reply]);
    await repos.markers.settle(key, 'sent', clock.now().toISOString());
    logger.info({ week: key }, 'weekly helpdesk digest posted');
    return true;
  } catch (error) {
    logger.error({ err: error, week: key }, 'weekly digest could not be posted');
    return false;
  }
}

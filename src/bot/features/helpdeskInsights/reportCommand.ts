/**
 * "helpdesk report" / 「ヘルプデスクのレポート」: a helpdesk agent gets the
 * last 7 days' figures on demand, anywhere they talk to the bot. Matched
 * exactly, ahead of language understanding; others are told it is for agents.
 */
import { figuresFor } from '../../../domain/insights/figureSources.js';
import { lastDays } from '../../../domain/insights/reportPeriod.js';
import type { TurnInterceptor } from '../../feature.js';
import { textReply } from '../../reply.js';
import { isHelpdeskAgent } from '../handoff/helpdeskChannel.js';
import { digestReply } from './digestCard.js';
import { insightMessages } from './insightMessages.js';
import type { InsightDeps } from './insightServices.js';

const REPORT = [/^(?:show\s+(?:me\s+)?(?:the\s+)?)?(?:helpdesk|help\s+desk)\s+(?:report|digest|stats|statistics)(?:\s+please)?[\s.!?]*$/i, /^ヘルプデスク(?:の|\s)?(?:レポート|ダイジェスト|統計)(?:を(?:見せて|表示)(?:ください)?)?[\s。！？!?]*$/];

export function isReportCommand(text: string): boolean {
  const t = text.trim();
  return REPORT.some((r) => r.test(t));
}

export function reportCommandInterceptor(services: InsightDeps): TurnInterceptor {
  return async (request) => {
    if (!isReportCommand(request.text)) return undefined;
    if (!isHelpdeskAgent(request)) return [textReply(insightMessages.for(request.language)('notAgent'))];
    const figures = await figuresFor(services.repos, lastDays(services.clock.now(), 7));
    return [await digestReply(services, figures, request.language, false)];
  };
}

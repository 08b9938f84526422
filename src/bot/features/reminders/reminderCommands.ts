/**
 * "Stop reminders" / 「リマインダーを停止」 and "start reminders" /
 * 「リマインダーを再開」, typed or from a card button. Matched exactly, ahead
 * of language understanding: turning messages off must never depend on a
 * model's guess. The choice is stored per person (directory identity).
 */
import type { ReminderDeps } from './reminderServices.js';
import type { TurnInterceptor, VerbHandler } from '../../feature.js';
import { textReply, type Reply } from '../../reply.js';
import type { TurnRequest } from '../../turnRequest.js';
import { reminderMessages } from './reminderMessages.js';

const STOP = [/^(?:please\s+)?(?:stop|turn\s+off|disable|pause|mute)\s+(?:the\s+|all\s+)?reminders?(?:\s+please)?[\s.!]*$/i, /^no\s+more\s+reminders[\s.!]*$/i, /^リマインダー(?:を|は)?(?:停止|止めて|とめて|オフ|やめて|解除|無効)(?:して(?:ください)?)?[\s。！!]*$/];
const START = [/^(?:please\s+)?(?:start|turn\s+on|enable|resume|restart)\s+(?:the\s+)?reminders?(?:\s+please)?[\s.!]*$/i, /^リマインダー(?:を|は)?(?:再開|開始|オン|有効)(?:して(?:ください)?)?[\s。！!]*$/];

// Short requests in other words ("please stop sending me reminders", 「リマインダーは不要です」).
const LOOSE_STOP = [/\b(?:stop|turn\s+off|disable|unsubscribe|mute|no\s+more)\b.*\breminders?\b/i, /リマインダー.*(?:停止|止め|とめ|オフ|不要|いらない|やめ)/];
const LOOSE_START = [/\b(?:start|turn\s+on|enable|resume|restart)\b.*\breminders?\b/i, /リマインダー.*(?:再開|開始|オン|有効)/];
const LOOSE_MAX_WORDS = 8;

export function reminderCommandOf(text: string): 'stop' | 'start' | undefined {
  const t = text.trim();
  if (STOP.some((r) => r.test(t))) return 'stop';
  if (START.some((r) => r.test(t))) return 'start';
  // Longer text is a question about reminders, not an order; short Japanese has no spaces, so it is counted by length.
  const short = t.split(/\s+/).length <= LOOSE_MAX_WORDS && t.length <= 60;
  if (short && LOOSE_STOP.some((r) => r.test(t))) return 'stop';
  if (short && LOOSE_START.some((r) => r.test(t))) return 'start';
  return undefined;
}

export async function setReminders(request: TurnRequest, services: ReminderDeps, on: boolean): Promise<Reply[]> {
  const m = reminderMessages.for(request.language);
  if (!request.requester.known) return [textReply(m('notInDirectory'))];
  const { tenantId, aadObjectId } = request.requester.person;
  const current = await services.repos.reminderPreferences.find(tenantId, aadObjectId);
  const wasOn = !current?.optedOut;
  await services.repos.reminderPreferences.save({ tenantId, aadObjectId, optedOut: !on, at: services.clock.now().toISOString(), language: request.language });
  services.logger.info({ tenant: tenantId, user: aadObjectId, reminders: on ? 'on' : 'off' }, 'reminder preference');
  if (on) return [textReply(m(wasOn ? 'alreadyStarted' : 'started'))];
  return [textReply(m(wasOn ? 'stopped' : 'alreadyStopped'))];
}

export function reminderCommandInterceptor(services: ReminderDeps): TurnInterceptor {
  return async (request) => {
    const command = reminderCommandOf(request.text);
    return command ? setReminders(request, services, command === 'start') : undefined;
  };
}

export function reminderVerbs(services: ReminderDeps): Record<'stopReminders' | 'startReminders', VerbHandler> {
  return {
    stopReminders: async (request) => ({ replies: await setReminders(request, services, false) }),
    startReminders: async (request) => ({ replies: await setReminders(request, services, true) }),
  };
}

/**
 * One turn through a bot built in process (no HTTP server), with Teams'
 * channel data for a persona's 1:1 chat; each call is a fresh conversation.
 */
import { TestAdapter, type Activity } from 'botbuilder';
import type { SupportBot } from '../../src/bot/supportBot.js';
import type { Persona } from './personas.js';
import { visibleText } from './visibleText.js';

export interface InProcessTurn {
  /** The first reply's message text. */
  readonly text: string;
  /** Everything a person sees: texts and card text. */
  readonly visible: string;
}

export async function askInProcess(bot: SupportBot, persona: Persona, text: string, locale = 'en-US'): Promise<InProcessTurn> {
  const adapter = new TestAdapter((context) => bot.run(context), {
    channelId: 'msteams',
    locale,
    from: { id: `29:${persona.aadObjectId}`, name: persona.name, aadObjectId: persona.aadObjectId },
    conversation: { id: `in-process-${persona.aadObjectId}-${Math.random()}`, conversationType: 'personal', tenantId: persona.tenantId, isGroup: false, name: '' },
    channelData: { tenant: { id: persona.tenantId } },
  } as Partial<Activity>);
  const replies: Array<Record<string, unknown>> = [];
  await adapter.send(text).assertReply((activity) => void replies.push(activity as unknown as Record<string, unknown>)).startTest();
  return { text: String(replies[0]?.text ?? ''), visible: visibleText(replies) };
}

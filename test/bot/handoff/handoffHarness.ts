/**
 * Helpers for hand-off conversations over HTTP: the helpdesk channel's
 * addresses, the ticket cards the connector recorded, and clicking their
 * Universal Actions the way Teams would (an adaptiveCard/action invoke in the
 * card's thread, carrying the action's data plus the inputs).
 */
import type { Persona } from '../../helpers/personas.js';
import { executeFrom, messageFrom } from '../../helpers/personas.js';
import type { RecordedActivity } from '../../helpers/recordingConnector.js';
import type { TestApp } from '../../helpers/testApp.js';

export const CHANNEL = '19:helpdesk@thread.tacv2';

export function threadOf(cardActivityId: string): string {
  return `${CHANNEL};messageid=${cardActivityId}`;
}

export function personalChatOf(persona: Persona): string {
  return `a:personal-${persona.aadObjectId}`;
}

type Card = Record<string, unknown>;

/** What the helpers need of a bot: an in-process test app or a bot process over HTTP. */
export type BotUnderTest = Pick<TestApp, 'post' | 'ask' | 'connector'>;

export function cardOf(recorded: RecordedActivity): Card | undefined {
  const attachments = recorded.activity.attachments as Array<{ contentType?: string; content?: Card }> | undefined;
  return attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
}

/** Ticket cards posted to the channel (new posts only, not updates). */
export function postedTicketCards(test: BotUnderTest): RecordedActivity[] {
  return test.connector.inConversation(CHANNEL).filter((r) => r.method === 'POST' && cardOf(r)?.refresh !== undefined);
}

/** The newest version (post or in-place update) of the card with this activity id. */
export function currentCard(test: BotUnderTest, cardActivityId: string): Card {
  const versions = test.connector.inConversation(CHANNEL).filter((r) => r.activityId === cardActivityId && cardOf(r));
  const last = versions.at(-1);
  if (!last) throw new Error(`no card ${cardActivityId} recorded`);
  return cardOf(last)!;
}

/** The data of the card's Action.Execute with this verb (also inside Action.ShowCard), or undefined. */
export function actionData(card: Card, verb: string): Record<string, unknown> | undefined {
  for (const action of (card.actions as Card[] | undefined) ?? []) {
    if (action.type === 'Action.Execute' && action.verb === verb) return action.data as Record<string, unknown>;
    if (action.type === 'Action.ShowCard') {
      const inner = actionData(action.card as Card, verb);
      if (inner) return inner;
    }
  }
  return undefined;
}

export interface InvokeResult {
  readonly status: number;
  readonly body: { statusCode?: number; type?: string; value?: unknown };
}

/** Clicks an action as `persona` in the card's thread; the invoke response comes back in the HTTP body. */
export async function click(test: BotUnderTest, persona: Persona, verb: string, data: Record<string, unknown>, cardActivityId: string, locale = 'en-US'): Promise<InvokeResult> {
  const activity = executeFrom(persona, verb, data, { serviceUrl: test.connector.url, conversationType: 'channel', conversationId: threadOf(cardActivityId), expectReplies: false, locale });
  const { status, body } = await test.post(activity);
  return { status, body: (body ?? {}) as InvokeResult['body'] };
}

export function say(test: BotUnderTest, persona: Persona, text: string, locale = 'en-US'): Promise<Array<Record<string, unknown>>> {
  return test.ask(messageFrom(persona, text, { serviceUrl: test.connector.url, locale }));
}

export function sayInChannel(test: BotUnderTest, persona: Persona, text: string, conversationId: string, locale = 'en-US'): Promise<Array<Record<string, unknown>>> {
  return test.ask(messageFrom(persona, text, { serviceUrl: test.connector.url, conversationType: 'channel', conversationId, locale }));
}

/** Plain texts the bot sent proactively into a conversation. */
export function textsIn(test: BotUnderTest, conversationId: string): string[] {
  return test.connector.inConversation(conversationId).map((r) => String(r.activity.text ?? ''));
}

/** Polls until `check` resolves truthy: the bot records a delivery just after the connector saw it. */
export async function eventually(check: () => Promise<boolean> | boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

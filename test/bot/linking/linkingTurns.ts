/**
 * Small readers for the linking conversation tests: the card of a reply,
 * the card an Action.Execute invoke answered with, the action data of a
 * card's buttons.
 */
import type { TestApp } from '../../helpers/testApp.js';

export type Activity = Record<string, unknown>;

export function cardOf(activity: Activity | undefined): Record<string, unknown> {
  const attachments = (activity?.attachments ?? []) as Array<{ content?: Record<string, unknown> }>;
  const content = attachments[0]?.content;
  if (!content) throw new Error(`no card in ${JSON.stringify(activity).slice(0, 300)}`);
  return content;
}

/** The card an adaptiveCard/action invoke answered with (CloudAdapter returns it inside expectReplies). */
export async function executeCard(t: TestApp, invoke: Activity): Promise<Record<string, unknown>> {
  const { status, body } = await t.post(invoke);
  expect(status).toBe(200);
  const activities = (body as { activities?: Activity[] }).activities ?? [];
  const response = activities.find((a) => a.type === 'invokeResponse')?.value as { status: number; body: { type: string; value: Record<string, unknown> } };
  expect(response.status).toBe(200);
  expect(response.body.type).toBe('application/vnd.microsoft.card.adaptive');
  return response.body.value;
}

/** Every Action.Submit / Action.Execute data object on a card, nested show-cards included. */
export function actionData(card: unknown): Array<Record<string, unknown>> {
  const found: Array<Record<string, unknown>> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const obj = node as Record<string, unknown>;
    if ((obj.type === 'Action.Submit' || obj.type === 'Action.Execute') && typeof obj.data === 'object') found.push(obj.data as Record<string, unknown>);
    Object.values(obj).forEach(walk);
  };
  walk(card);
  return found;
}

/** Input ids of a card, in order. */
export function inputIds(card: Record<string, unknown>): string[] {
  return ((card.body ?? []) as Array<Record<string, unknown>>).filter((e) => String(e.type).startsWith('Input.')).map((e) => String(e.id));
}

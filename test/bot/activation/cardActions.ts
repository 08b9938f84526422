/**
 * Reading what the bot sent the way Teams would: the cards in replies, the
 * card an Action.Execute invoke returned, and the actions a user can click
 * (so tests click exactly what the card offers, with the card's own data).
 */
export type Json = Record<string, unknown>;

export interface CardAction {
  readonly type: string;
  readonly title: string;
  readonly verb?: string;
  readonly data: Json;
}

export function cardsIn(activities: ReadonlyArray<Json>): Json[] {
  return activities.flatMap((a) => ((a.attachments as Json[] | undefined) ?? []).map((att) => att.content as Json));
}

/** The card an invoke answered with, whether the response came back directly or inside expectReplies. */
export function invokeCard(body: unknown): Json | undefined {
  const direct = body as { statusCode?: number; type?: string; value?: Json } | undefined;
  if (direct?.type === 'application/vnd.microsoft.card.adaptive') return direct.value;
  const activities = (body as { activities?: Json[] } | undefined)?.activities ?? [];
  const response = activities.find((a) => a.type === 'invokeResponse');
  const inner = (response?.value as { body?: { type?: string; value?: Json } } | undefined)?.body;
  return inner?.type === 'application/vnd.microsoft.card.adaptive' ? inner.value : undefined;
}

/** Message replies sent during an invoke (expectReplies), without the invoke response. */
export function invokeReplies(body: unknown): Json[] {
  const activities = (body as { activities?: Json[] } | undefined)?.activities ?? [];
  return activities.filter((a) => a.type === 'message');
}

export function actionsOf(card: Json | undefined): CardAction[] {
  return ((card?.actions as Json[] | undefined) ?? [])
    .filter((a) => a.type === 'Action.Execute' || a.type === 'Action.Submit')
    .map((a) => ({ type: String(a.type), title: String(a.title), verb: a.verb as string | undefined, data: (a.data as Json | undefined) ?? {} }));
}

export function actionWithVerb(cards: ReadonlyArray<Json | undefined>, verb: string): CardAction | undefined {
  return cards.flatMap(actionsOf).find((a) => (a.verb ?? a.data.verb) === verb);
}

/** The Action.Submit an older client would send instead of an Action.Execute. */
export function submitFallback(card: Json | undefined, verb: string): Json | undefined {
  const action = ((card?.actions as Json[] | undefined) ?? []).find((a) => a.verb === verb);
  return (action?.fallback as Json | undefined)?.data as Json | undefined;
}

/**
 * Every action a card can send back, as Action.Submit `data.verb` or
 * Action.Execute `verb`. The verb table is a Record<CardVerb, VerbHandler>,
 * so a verb without a handler does not compile.
 */
export const CARD_VERBS = [
  // Ask a topic from a button ("did you mean", help menu, follow-ups)
  'ask',
  // Activation
  'activate',
  'askAdminsToActivate',
  'approveActivation',
  'rejectActivation',
  // Linking
  'chooseLinkSupport',
  'submitLinkIds',
  // CSP routing
  'chooseRouteOption',
  // Hand-off
  'handoff',
  'ticketAssign',
  'ticketReply',
  'ticketResolve',
  'ticketReopen',
  'ticketWithdraw',
  'refreshCard',
  'ticketRate',
  'ticketRequesterReopen',
  // Reminders
  'stopReminders',
  'startReminders',
] as const;

export type CardVerb = (typeof CARD_VERBS)[number];

export function isCardVerb(value: unknown): value is CardVerb {
  return typeof value === 'string' && (CARD_VERBS as readonly string[]).includes(value);
}

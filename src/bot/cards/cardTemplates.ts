/**
 * The templates in cards/ by name, each with the shape of the data it binds.
 * A handler can only name a template that exists and must hand it the fields
 * it binds: a renamed binding or a misspelt card fails to compile instead of
 * at run time. The renderer checks this list against the files in cards/ at
 * start-up, and a test renders every template with representative data.
 */

type Fact = { readonly label: string; readonly value: string };
type Link = { readonly title: string; readonly url: string };
/** What an Action.Submit / Action.Execute carries (a verb and its arguments). */
type ActionData = Readonly<Record<string, string | number | boolean>>;
type Button = { readonly title: string; readonly data: ActionData };

/** Every card: its title, and the text clients that cannot show cards show instead. */
interface CardText {
  readonly title: string;
  readonly fallbackText: string;
}

/** The collapsible "Why?" panel: the facts and rules behind an answer. */
interface WhyPanel {
  readonly why: readonly string[];
  readonly whyTitle: string;
}

/** cards/answer.json: most answers. */
export interface AnswerCardData extends CardText, WhyPanel {
  readonly summary: string;
  readonly facts: readonly Fact[];
  readonly sections: ReadonlyArray<{ readonly heading: string; readonly items: readonly string[] }>;
  readonly notes: readonly string[];
  readonly links: readonly Link[];
  readonly buttons: readonly Button[];
}

/** cards/activationRequest.json: the benefits to activate and the Activate button. */
export interface ActivationRequestCardData extends CardText, WhyPanel {
  readonly intro: string;
  readonly summary: string;
  readonly facts: readonly Fact[];
  readonly benefitsHeading: string;
  readonly benefits: readonly string[];
  readonly status: string;
  readonly showActivate: boolean;
  readonly activateTitle: string;
  readonly activateData: ActionData;
  readonly refreshTitle: string;
  readonly refreshData: ActionData;
  readonly refreshUserIds: readonly string[];
}

/** cards/activationHelpdesk.json: one activation request as the helpdesk decides it. */
export interface ActivationHelpdeskCardData extends CardText {
  readonly facts: readonly Fact[];
  readonly benefitsHeading: string;
  readonly benefits: readonly string[];
  readonly pending: boolean;
  readonly hint: string;
  readonly inputs: ReadonlyArray<{ readonly id: string; readonly label: string; readonly placeholder: string }>;
  readonly reasonLabel: string;
  readonly status: string;
  readonly approveTitle: string;
  readonly rejectTitle: string;
  readonly approveData: ActionData;
  readonly rejectData: ActionData;
}

/** cards/linkIds.json: the Access ID and Contract ID inputs of contract linking. */
export interface LinkIdsCardData extends CardText {
  readonly intro: string;
  readonly stepsHeading: string;
  readonly steps: readonly string[];
  readonly accessIdLabel: string;
  readonly accessIdPlaceholder: string;
  readonly accessIdMissing: string;
  readonly contractIdLabel: string;
  readonly contractIdPlaceholder: string;
  readonly contractIdMissing: string;
  readonly notes: readonly string[];
  readonly submitTitle: string;
  readonly support: string;
  readonly portalTitle: string;
  readonly portalUrl: string;
}

/** cards/routeChoice.json: "which customer?" / "which product?". */
export interface RouteChoiceCardData extends CardText, WhyPanel {
  readonly summary: string;
  readonly inputId: 'customerId' | 'product';
  readonly label: string;
  readonly choices: ReadonlyArray<{ readonly title: string; readonly value: string }>;
  readonly known: Readonly<Record<string, string>>;
  readonly requiredText: string;
  readonly submitTitle: string;
  readonly submitData: ActionData;
  readonly buttons: readonly Button[];
}

/** cards/ticket.json: a hand-off ticket in the helpdesk channel. */
export interface TicketCardData extends CardText {
  readonly subtitle: string;
  readonly headerStyle: 'attention' | 'good' | 'emphasis';
  readonly facts: readonly Fact[];
  readonly question: string;
  readonly conversation: readonly string[];
  readonly transcript: readonly string[];
  readonly snapshot: readonly Fact[];
  readonly ticketId: string;
  readonly rev: number;
  readonly canAssign: boolean;
  readonly canReply: boolean;
  readonly canResolve: boolean;
  readonly canReopen: boolean;
  readonly labels: Readonly<
    Record<'question' | 'conversationHeading' | 'transcriptHeading' | 'snapshotHeading' | 'assign' | 'reply' | 'replyPlaceholder' | 'emptyReply' | 'send' | 'resolve' | 'reopen' | 'refresh', string>
  >;
}

/** cards/reminder.json: a proactive reminder with its next step and "Stop reminders". */
export interface ReminderCardData extends CardText {
  readonly summary: string;
  readonly style: 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
  readonly facts: readonly Fact[];
  readonly nextStepHeading: string;
  readonly nextStep: string;
  readonly optOutNote: string;
  readonly links: readonly Link[];
  readonly buttons: readonly Button[];
}

/** cards/rating.json: the requester rates a resolved ticket (1–5, comment) or reopens it. */
export interface RatingCardData extends CardText {
  readonly summary: string;
  readonly scoreLabel: string;
  readonly scoreMissing: string;
  readonly choices: ReadonlyArray<{ readonly title: string; readonly value: string }>;
  readonly commentLabel: string;
  readonly commentPlaceholder: string;
  readonly send: string;
  readonly reopen: string;
  readonly ticketId: string;
}

/** cards/escalation.json: a ticket nobody claimed in time, raised again in the helpdesk channel. */
export interface EscalationCardData extends CardText {
  readonly summary: string;
  readonly facts: readonly Fact[];
  readonly assign: string;
  readonly ticketId: string;
  readonly rev: number;
}

/** cards/digest.json: the helpdesk's figures for a period and the questions the bot could not answer. */
export interface DigestCardData extends CardText {
  readonly period: string;
  readonly figures: readonly Fact[];
  readonly sections: ReadonlyArray<{ readonly heading: string; readonly items: readonly string[]; readonly note: string }>;
}

/** Template name (file name in cards/ without .json) → the data it binds. */
export interface CardDataByName {
  readonly answer: AnswerCardData;
  readonly activationRequest: ActivationRequestCardData;
  readonly activationHelpdesk: ActivationHelpdeskCardData;
  readonly linkIds: LinkIdsCardData;
  readonly routeChoice: RouteChoiceCardData;
  readonly ticket: TicketCardData;
  readonly reminder: ReminderCardData;
  readonly rating: RatingCardData;
  readonly escalation: EscalationCardData;
  readonly digest: DigestCardData;
}

export type CardName = keyof CardDataByName;

/** Every template, once; `satisfies` makes a missing or extra name a compile error. */
const NAMES = { answer: true, activationRequest: true, activationHelpdesk: true, linkIds: true, routeChoice: true, ticket: true, reminder: true, rating: true, escalation: true, digest: true } as const satisfies Record<CardName, true>;
export const CARD_NAMES = Object.keys(NAMES) as CardName[];

export function isCardName(name: string): name is CardName {
  return Object.hasOwn(NAMES, name);
}

/** A template and its data, typed together. */
export type CardRef = { readonly [N in CardName]: { readonly name: N; readonly data: CardDataByName[N] } }[CardName];

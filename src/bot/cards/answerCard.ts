/**
 * The one card most answers use (cards/answer.json): a title, the answer,
 * facts, step lists, notes, links, buttons and a "Why?" panel listing the
 * rules that decided it. The plain-text fallback is built from the same data.
 */
import type { CardVerb } from '../cardVerbs.js';
import type { Reply } from '../reply.js';
import type { AnswerCardData } from './cardTemplates.js';

export interface AnswerSection {
  readonly heading: string;
  readonly items: readonly string[];
  /** Numbered steps rather than bullet points. */
  readonly numbered?: boolean;
}

export interface AnswerButton {
  readonly title: string;
  readonly verb: CardVerb;
  readonly args?: Readonly<Record<string, string | number | boolean>>;
}

export interface Answer {
  readonly title: string;
  readonly summary: string;
  readonly facts?: ReadonlyArray<{ readonly label: string; readonly value: string }>;
  readonly sections?: readonly AnswerSection[];
  readonly notes?: readonly string[];
  readonly links?: ReadonlyArray<{ readonly title: string; readonly url: string }>;
  readonly buttons?: readonly AnswerButton[];
  readonly why?: readonly string[];
  readonly whyTitle?: string;
}

function sectionItems(section: AnswerSection): string[] {
  return section.items.map((item, i) => (section.numbered ? `${i + 1}. ${item}` : `• ${item}`));
}

function plainText(answer: Answer): string {
  const lines = [answer.title, answer.summary];
  for (const fact of answer.facts ?? []) lines.push(`${fact.label}: ${fact.value}`);
  for (const section of answer.sections ?? []) lines.push(section.heading, ...sectionItems(section));
  lines.push(...(answer.notes ?? []));
  for (const link of answer.links ?? []) lines.push(`${link.title}: ${link.url}`);
  return lines.join('\n');
}

export function answerCardData(answer: Answer): AnswerCardData {
  return {
    title: answer.title,
    summary: answer.summary,
    facts: answer.facts ?? [],
    sections: (answer.sections ?? []).map((s) => ({ heading: s.heading, items: sectionItems(s) })),
    notes: answer.notes ?? [],
    links: answer.links ?? [],
    buttons: (answer.buttons ?? []).map((b) => ({ title: b.title, data: { verb: b.verb, ...b.args } })),
    why: answer.why ?? [],
    whyTitle: answer.whyTitle ?? 'Why?',
    fallbackText: plainText(answer),
  };
}

/** The reply's text is the summary: the one line a notification or a reader shows. */
export function answerReply(answer: Answer): Reply {
  return { text: answer.summary, card: { name: 'answer', data: answerCardData(answer) } };
}

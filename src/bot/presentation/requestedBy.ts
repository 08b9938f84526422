/**
 * Who asked for something and when, worded one way wherever it shows: the
 * activation card and its text, status answers, the helpdesk's activation
 * card and the ticket card. Sentences build on the phrase ("Activation was
 * {requested}."; 「アクティブ化は{requested}済みです。」) rather than word it again.
 */
import type { Language } from '../../domain/model.js';
import { defineMessages } from '../i18n/messages.js';
import { formatTime } from './dates.js';

export const requestedByWording = defineMessages(
  {
    label: 'Requested by',
    phrase: 'requested by {name} at {at}',
  },
  {
    label: '依頼者',
    phrase: '{at} に {name} さんが申請',
  },
);

/** The label of a card's fact whose value is the requester's name. */
export function requestedByLabel(language: Language): string {
  return requestedByWording.for(language)('label');
}

/**
 * "requested by Erin Sato at 24 Nov 2026, 09:00 UTC" / 「2026年11月24日 09:00 (UTC) に Erin Sato さんが申請」.
 * `at` is an ISO time; `start` capitalises the English phrase for the start of a sentence.
 */
export function requestedBy(who: { readonly name: string; readonly at: string }, language: Language, start = false): string {
  const phrase = requestedByWording.for(language)('phrase', { name: who.name, at: formatTime(who.at, language) });
  return start ? phrase.charAt(0).toUpperCase() + phrase.slice(1) : phrase;
}

/**
 * A ticket's topic and the requester's context as agents and requesters read
 * them. Tickets keep codes (the intent, roles, offers, benefits) so they can be
 * shown in either language; this turns them into words.
 */
import type { ProgramData } from '../../domain/entitlement/index.js';
import type { ContextSnapshot } from '../../domain/handoff/ticket.js';
import type { Language } from '../../domain/model.js';
import { intentNames, type Intent } from '../../nlu/intents.js';
import { topicLabels } from '../features/conversation/topicLabels.js';
import { formatDate } from './dates.js';
import { benefitName, incidentsText, offersText, rolesText } from './programNames.js';
import { vocabulary } from './vocabulary.js';

/** The topic's name; a ticket whose topic is no known intent is a general question. */
export function topicName(topic: string, language: Language): string {
  return (intentNames as readonly string[]).includes(topic) ? topicLabels.for(language)(topic as Intent) : vocabulary.for(language)('generalTopic');
}

export interface SnapshotText {
  readonly roles: string;
  readonly offers: string;
  readonly contracts: readonly string[];
}

/** "Microsoft Product Support (on-premises) · Access ID ••••8821 · Contract ID ••••3A12 · 12 incidents · 31 Dec 2026". */
export function snapshotText(program: ProgramData, snapshot: ContextSnapshot, language: Language): SnapshotText {
  const m = vocabulary.for(language);
  return {
    roles: rolesText(snapshot.roles, language),
    offers: offersText(program, snapshot.offers, language),
    contracts: snapshot.contracts.map((c) => {
      const left = incidentsText(program, c.incidentsRemaining, language);
      return [benefitName(program, c, language), `${m('accessId')} ${c.accessId}`, `${m('contractId')} ${c.contractId}`, left, formatDate(c.endDate, language)].join(' · ');
    }),
  };
}

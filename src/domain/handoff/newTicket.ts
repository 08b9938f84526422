/**
 * Builds a new ticket from what the bot knows on the turn the requester asks
 * for a person. Nothing secret leaves the requester's chat unmasked: contract
 * IDs in the snapshot and anything ID-like in the transcript are masked. A
 * requester the directory does not know still reaches a person: their ticket
 * carries only their Teams identity, marked as such, and no snapshot.
 */
import type { Company, Contract, Language, Person } from '../model.js';
import { maskSecret, maskSecretsInText } from '../secrets.js';
import type { ContextSnapshot, NewTicket, TicketMode, TicketParty, TicketRequester, TicketSeverity, TranscriptEntry } from './ticket.js';

export const TRANSCRIPT_TURNS = 10;

/** What every ticket needs, whoever asks. */
export interface RequestFacts {
  readonly language: Language;
  readonly topic: string;
  readonly question: string;
  readonly transcript: readonly TranscriptEntry[];
  readonly mode: TicketMode;
  readonly at: string;
}

export interface TicketFacts extends RequestFacts {
  readonly person: Person;
  readonly company: Company;
  readonly contracts: readonly Contract[];
}

/** A requester not in the directory: their Teams identity and a name saying so. */
export interface UnlistedTicketFacts extends RequestFacts {
  readonly requester: TicketParty;
}

const URGENT = /\b(urgent|urgently|asap|emergency|critical|production (is )?down|outage)\b|至急|緊急|急ぎ|本番.*(停止|ダウン)|障害/i;

export function severityOf(texts: readonly string[]): TicketSeverity {
  return texts.some((t) => URGENT.test(t)) ? 'urgent' : 'normal';
}

export function snapshotOf(person: Person, company: Company, contracts: readonly Contract[]): ContextSnapshot {
  return {
    roles: [...person.roles],
    offers: company.offers.map((o) => ({ ...o })),
    contracts: contracts.map((c) => ({
      benefit: c.benefit,
      ...(c.cloudPackage ? { cloudPackage: c.cloudPackage } : {}),
      accessId: maskSecret(c.accessId),
      contractId: maskSecret(c.contractId),
      incidentsRemaining: c.incidentsRemaining,
      endDate: c.endDate,
    })),
  };
}

export function newTicket(facts: TicketFacts): NewTicket {
  const { person, company } = facts;
  const requester = { tenantId: person.tenantId, aadObjectId: person.aadObjectId, name: person.name, companyName: company.name, language: facts.language };
  return ticketFor(requester, snapshotOf(person, company, facts.contracts), facts);
}

export function newUnlistedTicket(facts: UnlistedTicketFacts): NewTicket {
  const { tenantId, aadObjectId, name } = facts.requester;
  return ticketFor({ tenantId, aadObjectId, name, companyName: '', language: facts.language, notInDirectory: true }, undefined, facts);
}

function ticketFor(requester: TicketRequester, snapshot: ContextSnapshot | undefined, facts: RequestFacts): NewTicket {
  const transcript = facts.transcript.slice(-TRANSCRIPT_TURNS).map((line) => ({ ...line, text: maskSecretsInText(line.text) }));
  const question = maskSecretsInText(facts.question.trim()).slice(0, 2000);
  return {
    mode: facts.mode,
    requester,
    topic: facts.topic,
    question,
    transcript,
    ...(snapshot ? { snapshot } : {}),
    severity: severityOf([question, ...transcript.filter((t) => t.from === 'user').map((t) => t.text)]),
    status: 'open',
    relayActive: true,
    createdAt: facts.at,
    updatedAt: facts.at,
    revision: 1,
    card: { shownRevision: 0 },
    events: [{ seq: 1, kind: 'created', at: facts.at, by: requester.name, to: 'none', delivery: 'sent' }],
    appliedKeys: [],
  };
}

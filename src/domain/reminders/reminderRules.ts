/**
 * Which reminders a company's state calls for today, with no I/O: the caller
 * reads the store, asks this, and sends what it has not sent before. Each
 * event's key names what makes it new (the contract and its size or end
 * date, the request's time), so a renewed contract or a new request is a new
 * event while the same state seen again is not.
 */
import type { Company, Contract, Person } from '../model.js';
import { maskSecret } from '../secrets.js';
import { dateAfter, daysUntil } from '../isoDates.js';
import { businessDaysBetween } from './businessDays.js';
import { LONGEST_ENDING_DAYS, type ReminderEvent, type ReminderKind, type ReminderSubject, type ReminderThresholds } from './reminderTypes.js';

export interface CompanyState {
  readonly company: Company;
  readonly people: readonly Person[];
  readonly contracts: readonly Contract[];
}

/** Global admins and MPN partner admins: the people who may buy, link or activate. */
function admins(people: readonly Person[]): string[] {
  return people.filter((p) => p.roles.includes('globalAdmin') || p.roles.includes('mpnPartnerAdmin')).map((p) => p.aadObjectId);
}

function incidentKind(contract: Contract, thresholds: ReminderThresholds): ReminderKind | undefined {
  const { incidentsTotal: total, incidentsRemaining: left } = contract;
  if (total === null || left === null) return undefined; // unlimited never runs out
  if (left <= 0) return 'incidentsUsedUp';
  if (left <= thresholds.lowIncidents || left * 100 <= total * thresholds.lowPercent) return 'incidentsLow';
  return undefined;
}

function contractSubject(contract: Contract, daysLeft: number): ReminderSubject {
  return {
    contractKey: maskSecret(contract.contractId),
    benefit: contract.benefit,
    ...(contract.cloudPackage ? { cloudPackage: contract.cloudPackage } : {}),
    incidentsTotal: contract.incidentsTotal,
    incidentsRemaining: contract.incidentsRemaining,
    endDate: contract.endDate,
    daysLeft,
  };
}

export function remindersDue(state: CompanyState, now: Date, thresholds: ReminderThresholds): ReminderEvent[] {
  const { company, people, contracts } = state;
  const today = now.toISOString().slice(0, 10);
  const adminIds = admins(people);
  const events: ReminderEvent[] = [];
  const add = (kind: ReminderKind, what: string, recipients: readonly string[], subject: ReminderSubject, dueUntil?: string): void => {
    for (const recipient of new Set(recipients)) {
      const key = ['reminder', kind, company.tenantId, what, recipient].join('|');
      events.push({ key, kind, tenantId: company.tenantId, companyName: company.name, recipient, subject, ...(dueUntil ? { dueUntil } : {}) });
    }
  };

  for (const contract of contracts) {
    const daysLeft = daysUntil(today, contract.endDate);
    const subject = contractSubject(contract, daysLeft);
    if (daysLeft < 0) {
      // Ended: only worth saying while someone still has it linked, and for as
      // long after the end as "ending soon" is said before it. The longest
      // window anyone may set bounds when it can come due (a raised setting
      // must not repeat it).
      if (contract.associations.length > 0 && -daysLeft <= thresholds.endingDays) {
        add('contractEnded', `${contract.id}@${contract.endDate}`, adminIds, subject, dateAfter(contract.endDate, LONGEST_ENDING_DAYS));
      }
      continue;
    }
    // Both can come due only until the end date (the key names the end date, or the
    // contract whose end date a later scan sees and extends the marker to).
    const incidents = incidentKind(contract, thresholds);
    if (incidents) {
      const associated = contract.associations.map((a) => a.aadObjectId);
      add(incidents, `${contract.id}@${contract.incidentsTotal ?? ''}`, [...adminIds, ...associated], subject, contract.endDate);
    }
    if (daysLeft <= thresholds.endingDays) add('contractEnding', `${contract.id}@${contract.endDate}`, adminIds, subject, contract.endDate);
  }

  const { activation } = company;
  if (activation.status === 'pending' && activation.requestedAt) {
    const pending = businessDaysBetween(new Date(activation.requestedAt), now);
    if (pending > thresholds.pendingBusinessDays) add('activationPending', activation.requestedAt, adminIds, { requestedAt: activation.requestedAt, businessDaysPending: pending });
  }
  return events;
}

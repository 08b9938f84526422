/**
 * Where each contract stands on a given day: the one place that decides
 * active / expired / used up / not started. Pure: "today" is passed in.
 * The end date is the last valid day; a contract both expired and used up
 * reads "expired" (the date is what Support for Business shows first).
 */
import type { Contract } from '../model.js';
import type { ContractStanding, ContractState } from './entitlementTypes.js';

export class InvalidDateError extends Error {
  override readonly name = 'InvalidDateError';
  readonly code = 'DATE_INVALID';

  constructor(readonly value: string, what: string) {
    super(`${what} must be an ISO date (yyyy-mm-dd), found "${value}"`);
  }
}

const DAY_MS = 86_400_000;

/** Valid dates already converted: every answer about a company converts each contract's dates again. */
const knownDays = new Map<string, number>();
const KNOWN_DAYS_LIMIT = 10_000;

/** Days since the epoch for a yyyy-mm-dd date; rejects impossible dates like 2025-02-30. */
function dayNumber(date: string, what: string): number {
  const known = knownDays.get(date);
  if (known !== undefined) return known;
  const day = parseDay(date, what);
  if (knownDays.size >= KNOWN_DAYS_LIMIT) knownDays.clear();
  knownDays.set(date, day);
  return day;
}

function parseDay(date: string, what: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) throw new InvalidDateError(date, what);
  return ms / DAY_MS;
}

export function contractState(contract: Contract, today: string): ContractState {
  return standing(contract, dayNumber(today, 'today')).state;
}

/** One standing per contract, in the given order. */
export function contractStandings(contracts: readonly Contract[], today: string): ContractStanding[] {
  const day = dayNumber(today, 'today');
  return contracts.map((contract) => standing(contract, day));
}

function standing(contract: Contract, today: number): ContractStanding {
  const start = dayNumber(contract.startDate, `contract ${contract.id} startDate`);
  const end = dayNumber(contract.endDate, `contract ${contract.id} endDate`);
  const state: ContractState =
    today < start ? 'notStarted' : today > end ? 'expired' : contract.incidentsRemaining === 0 ? 'usedUp' : 'active';
  const result: ContractStanding = {
    id: contract.id,
    benefit: contract.benefit,
    total: contract.incidentsTotal,
    remaining: contract.incidentsRemaining,
    startDate: contract.startDate,
    endDate: contract.endDate,
    state,
    daysUntilEnd: end - today,
  };
  return contract.cloudPackage ? { ...result, cloudPackage: contract.cloudPackage } : result;
}

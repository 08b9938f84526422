/**
 * How many contracts one reply lists. A large partner holds hundreds; listing
 * them all made a reply larger than Teams delivers (about 80 KB per message),
 * so a reply lists the most relevant ones and says how many more the
 * "My support benefits" tab shows.
 */
import type { ContractStanding } from '../../domain/entitlement/index.js';
import type { Language } from '../../domain/model.js';
import { vocabulary } from './vocabulary.js';

export const CONTRACTS_LISTED = 10;

/** Usable contracts first, then used-up, not yet started and expired ones; stored order within each. */
const RANK: Readonly<Record<ContractStanding['state'], number>> = { active: 0, usedUp: 1, notStarted: 2, expired: 3 };

export interface CappedList<T> {
  readonly shown: readonly T[];
  /** How many were left out. */
  readonly more: number;
}

/** Lists of up to `limit` stay as they are (same order); longer ones keep the `limit` most relevant. */
export function mostRelevant<T extends Pick<ContractStanding, 'state'>>(standings: readonly T[], limit = CONTRACTS_LISTED): CappedList<T> {
  if (standings.length <= limit) return { shown: standings, more: 0 };
  const ranked = standings.map((s, i) => ({ s, i })).sort((a, b) => RANK[a.s.state] - RANK[b.s.state] || a.i - b.i);
  return { shown: ranked.slice(0, limit).map((r) => r.s), more: standings.length - limit };
}

/** "and 12 more contracts: …the tab lists them all", or '' when nothing was left out. */
export function moreContractsText(more: number, language: Language): string {
  return more > 0 ? vocabulary.for(language)('moreContracts', { count: more }) : '';
}

/**
 * Contracts as a partner reads them in Support for Business: which benefit,
 * how many incidents are left of how many, until when; with the Access and
 * Contract IDs when the reply shows them (whole only where
 * maySeeContractSecrets allows, masked otherwise).
 */
import type { ContractStanding, ProgramData } from '../../domain/entitlement/index.js';
import { shownSecret } from '../../domain/contractSecrets.js';
import type { Contract, Language } from '../../domain/model.js';
import { mostRelevant, moreContractsText } from './contractCap.js';
import { formatDate } from './dates.js';
import { benefitName } from './programNames.js';
import { vocabulary } from './vocabulary.js';

export interface Fact {
  readonly label: string;
  readonly value: string;
}

/** "12 of 20 incidents left, valid until 31 Dec 2026", "used up …", "expired on …". */
export function contractStatus(standing: ContractStanding, language: Language): string {
  const m = vocabulary.for(language);
  const params = {
    remaining: standing.remaining ?? '',
    total: standing.total ?? '',
    start: formatDate(standing.startDate, language),
    end: formatDate(standing.endDate, language),
  };
  switch (standing.state) {
    case 'expired':
      return m('contractExpired', params);
    case 'notStarted':
      return m('contractNotStarted', params);
    case 'usedUp':
      return m('contractUsedUp', params);
    case 'active':
      return standing.remaining === null ? m('contractUnlimited', params) : m('contractActive', params);
  }
}

export function contractLine(program: ProgramData, standing: ContractStanding, language: Language): string {
  return `${benefitName(program, standing, language)}: ${contractStatus(standing, language)}`;
}

/** Which contracts' IDs to show, and whether this reader may see each one whole here. */
export interface ShownIds {
  readonly contracts: readonly Contract[];
  readonly visible: (contract: Contract) => boolean;
}

/**
 * Benefit → standing for each contract, then its IDs when `ids` is given; at
 * most CONTRACTS_LISTED contracts, then a fact saying how many more there are.
 */
export function contractFacts(program: ProgramData, all: readonly ContractStanding[], language: Language, ids?: ShownIds): Fact[] {
  const m = vocabulary.for(language);
  const { shown: standings, more } = mostRelevant(all);
  const byId = ids && standings.length > 1 ? new Map(ids.contracts.map((c) => [c.id, c])) : undefined;
  const listed = standings.flatMap((standing) => {
    const name = benefitName(program, standing, language);
    const facts: Fact[] = [{ label: name, value: contractStatus(standing, language) }];
    const contract = byId ? byId.get(standing.id) : ids?.contracts.find((c) => c.id === standing.id);
    if (ids && contract) {
      // With several contracts each ID says whose it is.
      const label = (key: 'accessId' | 'contractId'): string => (all.length > 1 ? `${name} · ${m(key)}` : m(key));
      facts.push(
        { label: label('accessId'), value: shownSecret(contract.accessId, ids.visible(contract)) },
        { label: label('contractId'), value: shownSecret(contract.contractId, ids.visible(contract)) },
      );
    }
    return facts;
  });
  if (more > 0) listed.push({ label: m('moreContractsLabel'), value: moreContractsText(more, language) });
  return listed;
}

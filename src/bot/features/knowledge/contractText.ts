/**
 * One line per contract as a partner reads it in Support for Business:
 * which benefit, how many incidents are left of how many, until when.
 */
import type { Language } from '../../../domain/model.js';
import type { ContractStanding, ProgramData } from '../../../domain/entitlement/index.js';
import { commonMessages } from './messages/commonMessages.js';

/** "Microsoft Product Support (on-premises)", or the Signature pack's name for packs. */
export function contractBenefitName(program: ProgramData, standing: Pick<ContractStanding, 'benefit' | 'cloudPackage'>, language: Language): string {
  const m = commonMessages.for(language);
  if (standing.cloudPackage === '5pack') return m('pack5');
  if (standing.cloudPackage === '10pack') return m('pack10');
  return program.benefitName(standing.benefit)[language];
}

/** "12 of 20 incidents left, valid until …", "used up (0 of 5 left)…", "expired on …". */
export function contractStatus(standing: ContractStanding, language: Language): string {
  const m = commonMessages.for(language);
  const params = {
    remaining: standing.remaining ?? '',
    total: standing.total ?? '',
    start: standing.startDate,
    end: standing.endDate,
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
  return `${contractBenefitName(program, standing, language)}: ${contractStatus(standing, language)}`;
}

/** Facts for a card: benefit name → standing. */
export function contractFacts(program: ProgramData, standings: readonly ContractStanding[], language: Language): Array<{ label: string; value: string }> {
  return standings.map((s) => ({ label: contractBenefitName(program, s, language), value: contractStatus(s, language) }));
}

/**
 * How a contract and its people appear in replies. Access and Contract IDs
 * are shown in full only where maySeeContractSecrets allows (the contract's
 * own holder or an admin, in a 1:1 chat); anywhere else only their last digits.
 */
import type { PaidPlan, ProgramData } from '../../../domain/entitlement/index.js';
import type { Contract, Language } from '../../../domain/model.js';
import { maySeeContractSecrets, shownSecret, type SecretReader } from '../../../domain/contractSecrets.js';
import type { AnswerSection } from '../../cards/answerCard.js';
import { outcomeMessages } from './outcomeMessages.js';

type Fact = { readonly label: string; readonly value: string };
type Link = { readonly title: string; readonly url: string };

/** The one rule, with the activating roles from program.json; an unknown user is no reader. */
export function idsVisible(program: ProgramData, reader: SecretReader | undefined, contract: Contract, personalChat: boolean): boolean {
  return maySeeContractSecrets(reader, contract, personalChat, program.rolesThatMayActivate());
}

export function benefitName(program: ProgramData, contract: Contract, language: Language): string {
  const name = program.benefitName(contract.benefit)[language];
  return contract.cloudPackage && contract.cloudPackage !== 'unlimited' ? `${name} — ${program.cloudPackageName(contract.cloudPackage)[language]}` : name;
}

/** `showIds`: what idsVisible decided for this reader and place. */
export function contractFacts(program: ProgramData, contract: Contract, language: Language, showIds: boolean): Fact[] {
  const m = outcomeMessages.for(language);
  const remaining =
    contract.incidentsRemaining === null || contract.incidentsTotal === null
      ? m('unlimited')
      : m('remaining', { remaining: contract.incidentsRemaining, total: contract.incidentsTotal });
  return [
    { label: m('factContract'), value: benefitName(program, contract, language) },
    { label: m('factAccessId'), value: shownSecret(contract.accessId, showIds) },
    { label: m('factContractId'), value: shownSecret(contract.contractId, showIds) },
    { label: m('factEnds'), value: contract.endDate },
    { label: m('factRemaining'), value: remaining },
  ];
}

/** "Alice Chen", "Alice Chen and Bob Kato"; Japanese adds the honorific to each name. */
export function peopleList(names: readonly string[] | undefined, language: Language): string {
  const m = outcomeMessages.for(language);
  if (!names || names.length === 0) return m('someone');
  return names.map((n) => (language === 'ja' ? `${n} さん` : n)).join(m('and'));
}

/** Paid plans from program.json; cloud-only plans only when cloud support is the need. */
function plansFor(program: ProgramData, cloudNeeded: boolean): PaidPlan[] {
  return program.paidPlans().filter((p) => cloudNeeded || p.scope === 'allProducts');
}

export function paidPlanSection(program: ProgramData, language: Language, cloudNeeded: boolean): AnswerSection {
  const items = plansFor(program, cloudNeeded).map((p) => `${p.names[language]}: ${p.summary[language]}`);
  return { heading: outcomeMessages.for(language)('plansHeading'), items };
}

export function paidPlanLinks(program: ProgramData, language: Language, cloudNeeded: boolean): Link[] {
  const plans = plansFor(program, cloudNeeded).map((p) => ({ title: p.names[language], url: p.url }));
  return [...plans, { title: outcomeMessages.for(language)('comparePlans'), url: program.link('comparePlans') }];
}

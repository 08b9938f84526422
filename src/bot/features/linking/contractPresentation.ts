/**
 * How a contract and its people appear in replies. Access and Contract IDs
 * are shown in full only in a 1:1 chat; anywhere else (where colleagues read
 * along, and in the transcript a hand-off copies) only their last digits.
 */
import type { PaidPlan, ProgramData } from '../../../domain/entitlement/index.js';
import type { Contract, Language } from '../../../domain/model.js';
import { maskSecret } from '../../../domain/secrets.js';
import type { AnswerSection } from '../../cards/answerCard.js';
import { outcomeMessages } from './outcomeMessages.js';

type Fact = { readonly label: string; readonly value: string };
type Link = { readonly title: string; readonly url: string };

export function shownId(value: string, personalChat: boolean): string {
  return personalChat ? value : maskSecret(value);
}

export function benefitName(program: ProgramData, contract: Contract, language: Language): string {
  const name = program.benefitName(contract.benefit)[language];
  return contract.cloudPackage && contract.cloudPackage !== 'unlimited' ? `${name} — ${program.cloudPackageName(contract.cloudPackage)[language]}` : name;
}

/** `showIds`: a 1:1 chat with someone who typed the IDs or holds the contract. */
export function contractFacts(program: ProgramData, contract: Contract, language: Language, showIds: boolean): Fact[] {
  const m = outcomeMessages.for(language);
  const remaining =
    contract.incidentsRemaining === null || contract.incidentsTotal === null
      ? m('unlimited')
      : m('remaining', { remaining: contract.incidentsRemaining, total: contract.incidentsTotal });
  return [
    { label: m('factContract'), value: benefitName(program, contract, language) },
    { label: m('factAccessId'), value: shownId(contract.accessId, showIds) },
    { label: m('factContractId'), value: shownId(contract.contractId, showIds) },
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

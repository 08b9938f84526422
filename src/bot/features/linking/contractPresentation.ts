/**
 * Who may see a contract's IDs in a linking reply (the contract's own holder
 * or an admin, in a 1:1 chat) and the paid plans offered when linking cannot
 * help. Contracts themselves are worded by src/bot/presentation.
 */
import type { PaidPlan, ProgramData } from '../../../domain/entitlement/index.js';
import type { Contract, Language } from '../../../domain/model.js';
import { maySeeContractSecrets, type SecretReader } from '../../../domain/contractSecrets.js';
import { outcomeMessages } from './outcomeMessages.js';

type Link = { readonly title: string; readonly url: string };

/** The one rule, with the activating roles from program.json; an unknown user is no reader. */
export function idsVisible(program: ProgramData, reader: SecretReader | undefined, contract: Contract, personalChat: boolean): boolean {
  return maySeeContractSecrets(reader, contract, personalChat, program.rolesThatMayActivate());
}

/** Paid plans from program.json; cloud-only plans only when cloud support is the need. */
function plansFor(program: ProgramData, cloudNeeded: boolean): PaidPlan[] {
  return program.paidPlans().filter((p) => cloudNeeded || p.scope === 'allProducts');
}

/** Each plan is named once, on the button that opens it: no list repeating the buttons. */
export function paidPlanLinks(program: ProgramData, language: Language, cloudNeeded: boolean): Link[] {
  const plans = plansFor(program, cloudNeeded).map((p) => ({ title: p.names[language], url: p.url }));
  return [...plans, { title: outcomeMessages.for(language)('comparePlans'), url: program.link('comparePlans') }];
}

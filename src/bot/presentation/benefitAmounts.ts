/**
 * Any declared benefit's entitlement in words: "20 hours", "unlimited hours",
 * a package's name, or "not included". The unit and the package names come
 * from program.json, so a benefit added there reads right with no code.
 */
import type { BenefitInfo, CloudSupportPackage, ProgramData } from '../../domain/entitlement/index.js';
import type { BenefitId, Language } from '../../domain/model.js';
import { vocabulary } from './vocabulary.js';

export interface AmountGrant {
  readonly benefit: BenefitId;
  readonly amount: number | null;
  readonly package?: string;
}

const isCloudPackage = (value: string | undefined): value is CloudSupportPackage =>
  value === 'none' || value === 'unlimited' || value === '5pack' || value === '10pack';

export function benefitAmount(program: ProgramData, grant: AmountGrant | undefined, language: Language): string {
  const m = vocabulary.for(language);
  if (!grant) return m('notIncluded');
  if (isCloudPackage(grant.package)) return program.cloudPackageName(grant.package)[language];
  const unit = program.benefit(grant.benefit)?.unit[language] ?? '';
  return grant.amount === null ? m('unlimitedAmount', { unit }) : m('amount', { amount: grant.amount, unit });
}

/** "Advisory hours: 20 hours", a label and value for facts and one-line lists. */
export function benefitFact(program: ProgramData, benefit: BenefitInfo, grant: AmountGrant | undefined, language: Language): { label: string; value: string } {
  return { label: benefit.names[language], value: benefitAmount(program, grant, language) };
}

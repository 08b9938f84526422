/**
 * The import's report as lines of text: per company, what is added (+),
 * updated (~, with the fields that change) and removed (-), and a summary.
 * Secrets only ever appear masked: contracts are named by their masked
 * Contract ID, and changed secret fields are masked by displayField.
 */
import { countChanges, type CompanyPlan, type ImportPlan, type RecordChange } from '../domain/import/importPlan.js';
import type { ImportData } from '../domain/import/importValidation.js';
import { RECORD_KINDS } from '../domain/import/sourceTable.js';
import { maskSecret } from '../domain/secrets.js';

const SIGN = { add: '+', update: '~', remove: '-' } as const;
const VERB = {
  planned: { add: 'would add', update: 'would update', remove: 'would remove' },
  done: { add: 'added', update: 'updated', remove: 'removed' },
} as const;

function recordName(change: RecordChange): string {
  switch (change.kind) {
    case 'company':
      return `company ${change.record.name}`;
    case 'person':
      return `person ${change.record.name} (${change.record.aadObjectId})`;
    case 'contract': {
      const c = change.record;
      return `contract ${maskSecret(c.contractId)} (${c.benefit}${c.cloudPackage ? ` ${c.cloudPackage}` : ''}, ${c.startDate} to ${c.endDate})`;
    }
    case 'customer':
      return `CSP customer ${change.record.name} (${change.record.id})`;
  }
}

function companyLines(company: CompanyPlan, files: ImportData['files'], verbs: (typeof VERB)[keyof typeof VERB]): string[] {
  if (company.changes.length === 0) return [`${company.name} (${company.tenantId}): no change`];
  const lines = [`${company.name} (${company.tenantId}):`];
  for (const change of company.changes) {
    const why = change.action === 'remove' ? `, not in ${files[change.kind === 'person' ? 'people' : change.kind === 'contract' ? 'contracts' : 'customers'] ?? 'the files'}` : '';
    lines.push(`  ${SIGN[change.action]} ${verbs[change.action]} ${recordName(change)}${why}`);
    for (const field of change.fields) lines.push(`      ${field.field}: ${field.before} → ${field.after}`);
  }
  return lines;
}

export function formatPlanReport(plan: ImportPlan, data: ImportData, folder: string, dryRun: boolean): string[] {
  const fileList = RECORD_KINDS.filter((kind) => data.files[kind]).map((kind) => `${data.files[kind]} (${(data[kind] ?? []).length} rows)`);
  const lines = [
    `${dryRun ? 'Dry run (nothing is written) of the import' : 'Import'} from ${folder}: ${fileList.join(', ')}`,
    `The files cover ${plan.companies.length} ${plan.companies.length === 1 ? 'company' : 'companies'}. For these companies, people, contracts and CSP customers`,
    'that the store holds but the files do not list are REMOVED. Other companies are not touched.',
  ];
  for (const kind of plan.untouchedKinds) lines.push(`No ${kind} file: ${kind} are left as they are.`);
  lines.push('');
  for (const company of plan.companies) lines.push(...companyLines(company, data.files, dryRun ? VERB.planned : VERB.done));
  const counts = countChanges(plan);
  const total = `${counts.add} to add, ${counts.update} to update, ${counts.remove} to remove, ${counts.unchanged} unchanged`;
  lines.push('');
  if (dryRun) {
    lines.push(`Dry run: nothing was written. ${total}.`);
    if (counts.remove > 0) lines.push(`${counts.remove} ${counts.remove === 1 ? 'record' : 'records'} in the store but not in the files would be REMOVED (lines starting with "-").`);
  }
  else if (counts.add + counts.update + counts.remove === 0) lines.push(`Nothing to change: the store already matches the files (${counts.unchanged} records).`);
  else lines.push(`Imported: ${counts.add} added, ${counts.update} updated, ${counts.remove} removed, ${counts.unchanged} unchanged.`);
  return lines;
}

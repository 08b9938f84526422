/**
 * `npm run report -- --since 2026-11-01 [--until 2026-12-01] [--format csv|json|text]`:
 * the helpdesk figures for a period from the configured store (DATABASE_URL,
 * or the embedded store in DATA_DIR), written to standard output.
 */
import { figuresFor } from '../../src/domain/insights/figureSources.js';
import { isIsoDate } from '../../src/domain/isoDates.js';
import type { Config } from '../../src/config.js';
import { openConfiguredStore } from '../../src/storage/index.js';
import { formatReport, REPORT_FORMATS, type NamedPerson, type ReportFormat } from './reportFormats.js';

export class UsageError extends Error {}

export interface ReportArgs {
  readonly since: string;
  readonly until: string;
  readonly format: ReportFormat;
}

function dateArg(name: string, value: string | undefined): string {
  if (!value || !isIsoDate(value)) throw new UsageError(`${name} needs a date as yyyy-mm-dd`);
  return new Date(`${value}T00:00:00Z`).toISOString();
}

export function parseReportArgs(argv: readonly string[], now: Date): ReportArgs {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i]!;
    if (!['--since', '--until', '--format'].includes(name)) throw new UsageError(`unknown option ${name}`);
    const value = argv[++i];
    if (value === undefined) throw new UsageError(`${name} needs a value`);
    values.set(name, value);
  }
  const since = dateArg('--since', values.get('--since'));
  const until = values.has('--until') ? dateArg('--until', values.get('--until')) : now.toISOString();
  if (until <= since) throw new UsageError('--until must be after --since');
  const format = (values.get('--format') ?? 'text') as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(', ')}`);
  return { since, until, format };
}

export async function buildReport(config: Config, args: ReportArgs): Promise<string> {
  const store = await openConfiguredStore(config);
  try {
    const figures = await figuresFor(store, { from: args.since, to: args.until });
    const unreachable: NamedPerson[] = await Promise.all(
      figures.unreachable.map(async (p) => {
        const [person, company] = await Promise.all([store.directory.findPerson(p.tenantId, p.aadObjectId), store.directory.findCompany(p.tenantId)]);
        return { name: person?.name ?? p.aadObjectId, company: company?.name ?? p.tenantId };
      }),
    );
    return formatReport(figures, unreachable, args.format);
  } finally {
    await store.close();
  }
}

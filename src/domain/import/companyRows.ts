/** A companies file row: the company (tenant), its offers and whether it is a CSP partner. */
import type { OfferInfo } from '../entitlement/programData.js';
import type { Offer } from '../model.js';
import type { RowReader } from './rowReader.js';

/** What the import needs of an offer program.json declares. */
export type ImportableOffer = Pick<OfferInfo, 'level' | 'competency' | 'names'>;

export interface ImportedCompany {
  readonly line: number;
  readonly tenantId: string;
  readonly name: string;
  readonly offers: readonly Offer[];
  readonly csp: boolean;
  /** When given, the company's benefits are activated (as of that date). */
  readonly activatedOn?: string;
}

/** "gold:cloudPlatform", "silver:security", "actionPack": offers as program.json declares them. */
function readOffer(reader: RowReader, item: string, offers: readonly ImportableOffer[], competencies: readonly string[]): Offer | undefined {
  const [levelText = '', competencyText, ...extra] = item.split(':').map((part) => part.trim());
  if (extra.length > 0) return reader.fail('offers', `${reader.shown('offers', item)} has more than one ":"; write level:competency`);
  const level = reader.oneOf('offers', levelText, offers.map((o) => o.level));
  if (level === undefined) return undefined;
  const declared = offers.find((o) => o.level === level);
  if (declared && !declared.competency) {
    return competencyText === undefined ? { level } : reader.fail('offers', `${declared.names.en} has no competency; write just ${level}`);
  }
  if (competencyText === undefined || competencyText === '') {
    return reader.fail('offers', `${level} needs its competency, e.g. ${level}:${competencies[0] ?? 'cloudPlatform'}`);
  }
  const competency = reader.oneOf('offers', competencyText, competencies);
  return competency === undefined ? undefined : { level, competency };
}

export function readCompanyRow(reader: RowReader, offersDeclared: readonly ImportableOffer[], competencies: readonly string[]): ImportedCompany | undefined {
  const tenantId = reader.id('tenant_id');
  const name = reader.required('name');
  const offers: Offer[] = [];
  let offersOk = true;
  for (const item of reader.list('offers')) {
    const offer = readOffer(reader, item, offersDeclared, competencies);
    if (offer === undefined) offersOk = false;
    else if (offers.some((o) => o.level === offer.level && o.competency === offer.competency)) {
      reader.fail('offers', `${reader.shown('offers', item)} is listed twice`);
      offersOk = false;
    } else offers.push(offer);
  }
  const csp = reader.yesNo('csp', false);
  const activatedOn = reader.date('activated_on', false);
  const activatedOk = reader.cell('activated_on') === '' || activatedOn !== undefined;
  if (tenantId === undefined || name === undefined || csp === undefined || !offersOk || !activatedOk) return undefined;
  return { line: reader.line, tenantId, name, offers, csp, ...(activatedOn === undefined ? {} : { activatedOn }) };
}

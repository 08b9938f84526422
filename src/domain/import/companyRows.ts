/** A companies file row: the company (tenant), its offers and whether it is a CSP partner. */
import type { Offer, OfferLevel } from '../model.js';
import type { RowReader } from './rowReader.js';

export interface ImportedCompany {
  readonly line: number;
  readonly tenantId: string;
  readonly name: string;
  readonly offers: readonly Offer[];
  readonly csp: boolean;
  /** When given, the company's benefits are activated (as of that date). */
  readonly activatedOn?: string;
}

const LEVELS: readonly OfferLevel[] = ['actionPack', 'silver', 'gold'];

/** "gold:cloudPlatform", "silver:security", "actionPack". */
function readOffer(reader: RowReader, item: string, competencies: readonly string[]): Offer | undefined {
  const [levelText = '', competencyText, ...extra] = item.split(':').map((part) => part.trim());
  if (extra.length > 0) return reader.fail('offers', `${reader.shown('offers', item)} has more than one ":"; write level:competency`);
  const level = reader.oneOf('offers', levelText, LEVELS);
  if (level === undefined) return undefined;
  if (level === 'actionPack') {
    return competencyText === undefined ? { level } : reader.fail('offers', 'Action Pack has no competency; write just actionPack');
  }
  if (competencyText === undefined || competencyText === '') {
    return reader.fail('offers', `${level} needs its competency, e.g. ${level}:${competencies[0] ?? 'cloudPlatform'}`);
  }
  const competency = reader.oneOf('offers', competencyText, competencies);
  return competency === undefined ? undefined : { level, competency };
}

export function readCompanyRow(reader: RowReader, competencies: readonly string[]): ImportedCompany | undefined {
  const tenantId = reader.id('tenant_id');
  const name = reader.required('name');
  const offers: Offer[] = [];
  let offersOk = true;
  for (const item of reader.list('offers')) {
    const offer = readOffer(reader, item, competencies);
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

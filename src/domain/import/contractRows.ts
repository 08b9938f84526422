/**
 * A contracts file row: a support contract as Partner Center shows it on
 * activation (Access ID, Contract ID), its incidents and dates, and the user
 * accounts it was added to.
 */
import { parseAccessId, parseContractId } from '../activation/contractIds.js';
import type { BenefitKind, CloudPackage, LinkPortal } from '../model.js';
import { isIsoDate } from '../isoDates.js';
import type { RowReader } from './rowReader.js';

export interface ImportedAssociation {
  readonly aadObjectId: string;
  readonly portal: LinkPortal;
  /** yyyy-mm-dd when the file says when; else the store keeps (or sets) the time. */
  readonly on?: string;
}

export interface ImportedContract {
  readonly line: number;
  readonly tenantId: string;
  readonly contractId: string;
  readonly accessId: string;
  readonly benefit: BenefitKind;
  readonly cloudPackage?: CloudPackage;
  /** null = unlimited. */
  readonly incidentsTotal: number | null;
  readonly incidentsRemaining: number | null;
  readonly startDate: string;
  readonly endDate: string;
  readonly associations: readonly ImportedAssociation[];
}

const KINDS: readonly BenefitKind[] = ['productSupport', 'signatureCloudSupport'];
const PACKAGES: readonly CloudPackage[] = ['unlimited', '5pack', '10pack'];
const PORTALS: readonly LinkPortal[] = ['supportForBusiness', 'azure'];
const MAX_INCIDENTS = 100_000;

function count(reader: RowReader, column: string): number | undefined {
  const value = reader.cell(column);
  if (value === '') return reader.fail(column, 'is empty; write a whole number of incidents');
  if (!/^\d+$/.test(value) || Number(value) > MAX_INCIDENTS) return reader.fail(column, `${reader.shown(column, value)} is not a whole number of incidents (0 to ${MAX_INCIDENTS})`);
  return Number(value);
}

type Incidents = { total: number | null; remaining: number | null; cloudPackage?: CloudPackage };

function readIncidents(reader: RowReader, benefit: BenefitKind): Incidents | undefined {
  const packageText = reader.cell('cloud_package');
  let cloudPackage: CloudPackage | undefined;
  if (benefit === 'productSupport') {
    if (packageText !== '') return reader.fail('cloud_package', 'must be empty for productSupport (cloud packages belong to signatureCloudSupport)');
  } else {
    if (packageText === '') return reader.fail('cloud_package', `is empty; signatureCloudSupport needs one of: ${PACKAGES.join(', ')}`);
    cloudPackage = reader.oneOf('cloud_package', packageText, PACKAGES);
    if (cloudPackage === undefined) return undefined;
  }
  if (cloudPackage === 'unlimited') {
    for (const column of ['incidents_total', 'incidents_remaining']) {
      const value = reader.cell(column).toLowerCase();
      if (value !== '' && value !== 'unlimited') return reader.fail(column, 'must be empty or "unlimited" for an unlimited cloud package');
    }
    return { total: null, remaining: null, cloudPackage };
  }
  const total = count(reader, 'incidents_total');
  const remaining = count(reader, 'incidents_remaining');
  if (total === undefined || remaining === undefined) return undefined;
  if (remaining > total) return reader.fail('incidents_remaining', `${remaining} is more than incidents_total (${total})`);
  return { total, remaining, ...(cloudPackage ? { cloudPackage } : {}) };
}

/** "aad-object-id:azure", "aad-object-id:supportForBusiness:2025-04-02", separated by ";". */
function readAssociations(reader: RowReader): ImportedAssociation[] | undefined {
  const associations: ImportedAssociation[] = [];
  let ok = true;
  for (const item of reader.list('associated_users')) {
    const [aadObjectId = '', portalText = '', on, ...extra] = item.split(':').map((part) => part.trim());
    const portal = portalText === '' ? undefined : reader.oneOf('associated_users', portalText, PORTALS);
    const onOk = on === undefined || isIsoDate(on);
    if (aadObjectId === '' || portalText === '' || extra.length > 0 || !onOk) {
      reader.fail('associated_users', `${reader.shown('associated_users', item)} is not written as aadObjectId:portal or aadObjectId:portal:yyyy-mm-dd (portal: ${PORTALS.join(' or ')})`);
      ok = false;
    } else if (portal === undefined) {
      ok = false;
    } else if (associations.some((a) => a.aadObjectId === aadObjectId && a.portal === portal)) {
      reader.fail('associated_users', `${aadObjectId} is associated on ${portal} twice`);
      ok = false;
    } else {
      associations.push({ aadObjectId, portal, ...(on === undefined ? {} : { on }) });
    }
  }
  return ok ? associations : undefined;
}

export function readContractRow(reader: RowReader): ImportedContract | undefined {
  const tenantId = reader.id('tenant_id');
  const contractText = reader.required('contract_id');
  const contractId = contractText === undefined ? undefined : (parseContractId(contractText) ?? reader.fail('contract_id', `${reader.shown('contract_id', contractText)} is not a Contract ID (10 digits)`));
  const accessText = reader.required('access_id');
  const accessId = accessText === undefined ? undefined : (parseAccessId(accessText) ?? reader.fail('access_id', `${reader.shown('access_id', accessText)} is not an Access ID (8-4-4-4-12 hexadecimal digits)`));
  const kindText = reader.required('kind');
  const benefit = kindText === undefined ? undefined : reader.oneOf('kind', kindText, KINDS);
  const incidents = benefit === undefined ? undefined : readIncidents(reader, benefit);
  const startDate = reader.date('start_date', true);
  const endDate = reader.date('end_date', true);
  if (startDate !== undefined && endDate !== undefined && endDate < startDate) reader.fail('end_date', `${endDate} is before start_date (${startDate})`);
  const associations = readAssociations(reader);
  if (tenantId === undefined || contractId === undefined || accessId === undefined || benefit === undefined || incidents === undefined) return undefined;
  if (startDate === undefined || endDate === undefined || endDate < startDate || associations === undefined) return undefined;
  return {
    line: reader.line,
    tenantId,
    contractId,
    accessId,
    benefit,
    ...(incidents.cloudPackage ? { cloudPackage: incidents.cloudPackage } : {}),
    incidentsTotal: incidents.total,
    incidentsRemaining: incidents.remaining,
    startDate,
    endDate,
    associations,
  };
}

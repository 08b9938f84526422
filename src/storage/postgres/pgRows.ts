/**
 * Rows of the directory tables to domain records and back. Optional fields
 * are left out (not set to undefined) when the column is null.
 */
import type { CloudPackage, Company, Contract, ContractAssociation, CspCustomer, Language, Offer, Person, Role, BenefitKind, ActivationStatus } from '../../domain/model.js';
import type { ActivationRequest, ActivationRequestStatus, RequestedBenefit } from '../../domain/repositories.js';
import { isoOrUndefined, jsonParam } from './pgDatabase.js';

export interface CompanyRow {
  tenant_id: string;
  name: string;
  offers: Offer[];
  csp: boolean;
  activation_status: ActivationStatus;
  activation_requested_by: string | null;
  activation_requested_at: Date | null;
  activated_at: Date | null;
}

export function companyOf(row: CompanyRow): Company {
  const requestedAt = isoOrUndefined(row.activation_requested_at);
  const activatedAt = isoOrUndefined(row.activated_at);
  return {
    tenantId: row.tenant_id,
    name: row.name,
    offers: row.offers,
    csp: row.csp,
    activation: {
      status: row.activation_status,
      ...(row.activation_requested_by !== null ? { requestedBy: row.activation_requested_by } : {}),
      ...(requestedAt ? { requestedAt } : {}),
      ...(activatedAt ? { activatedAt } : {}),
    },
  };
}

export function companyParams(c: Company): unknown[] {
  const a = c.activation;
  return [c.tenantId, c.name, jsonParam(c.offers), c.csp, a.status, a.requestedBy ?? null, a.requestedAt ?? null, a.activatedAt ?? null];
}

export interface PersonRow {
  tenant_id: string;
  aad_object_id: string;
  name: string;
  roles: Role[];
  mpn: boolean;
  csp: boolean;
}

export function personOf(row: PersonRow): Person {
  return { aadObjectId: row.aad_object_id, tenantId: row.tenant_id, name: row.name, roles: row.roles, association: { mpn: row.mpn, csp: row.csp } };
}

export interface ContractRow {
  tenant_id: string;
  id: string;
  benefit: BenefitKind;
  cloud_package: CloudPackage | null;
  incidents_total: number | null;
  incidents_remaining: number | null;
  start_date: string;
  end_date: string;
  access_id: string;
  contract_id: string;
  associations: ContractAssociation[];
}

export function contractOf(row: ContractRow): Contract {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    benefit: row.benefit,
    ...(row.cloud_package !== null ? { cloudPackage: row.cloud_package } : {}),
    incidentsTotal: row.incidents_total,
    incidentsRemaining: row.incidents_remaining,
    startDate: row.start_date,
    endDate: row.end_date,
    accessId: row.access_id,
    contractId: row.contract_id,
    associations: row.associations,
  };
}

export function contractParams(c: Contract): unknown[] {
  return [c.tenantId, c.id, c.benefit, c.cloudPackage ?? null, c.incidentsTotal, c.incidentsRemaining, c.startDate, c.endDate, c.accessId, c.contractId, jsonParam(c.associations)];
}

export interface CustomerRow {
  tenant_id: string;
  id: string;
  name: string;
}

export function customerOf(row: CustomerRow): CspCustomer {
  return { id: row.id, tenantId: row.tenant_id, name: row.name };
}

export interface ActivationRequestRow {
  tenant_id: string;
  id: string;
  idempotency_key: string;
  requested_by: string;
  requested_at: Date;
  status: ActivationRequestStatus;
  decided_by: string | null;
  decided_at: Date | null;
  reason: string | null;
  benefits: RequestedBenefit[] | null;
  language: Language | null;
}

export function activationRequestOf(row: ActivationRequestRow): ActivationRequest {
  const decidedAt = isoOrUndefined(row.decided_at);
  return {
    id: row.id,
    tenantId: row.tenant_id,
    requestedBy: row.requested_by,
    requestedAt: row.requested_at.toISOString(),
    idempotencyKey: row.idempotency_key,
    status: row.status,
    ...(row.decided_by !== null ? { decidedBy: row.decided_by } : {}),
    ...(decidedAt ? { decidedAt } : {}),
    ...(row.reason !== null ? { reason: row.reason } : {}),
    ...(row.benefits !== null ? { benefits: row.benefits } : {}),
    ...(row.language !== null ? { language: row.language } : {}),
  };
}

export function activationRequestParams(r: ActivationRequest): unknown[] {
  return [
    r.tenantId,
    r.id,
    r.idempotencyKey,
    r.requestedBy,
    r.requestedAt,
    r.status,
    r.decidedBy ?? null,
    r.decidedAt ?? null,
    r.reason ?? null,
    r.benefits === undefined ? null : jsonParam(r.benefits),
    r.language ?? null,
  ];
}

/**
 * Bulk loading of a generated store into PostgreSQL: the same companies,
 * people and contracts as the lowdb bench store (storeGenerator.ts), sent in
 * batches of rows as one JSON parameter per table and statement
 * (json_populate_recordset), which is far faster than one INSERT per row.
 * Tables come from the store's own migrations (open the store first).
 */
import type pg from 'pg';
import type { CompanyData } from '../src/storage/companyData.js';
import { companyDataFor, planStore, type GeneratedStore, type StorePlan } from './storeGenerator.js';

export interface SeedRows {
  readonly companies: Array<Record<string, unknown>>;
  readonly people: Array<Record<string, unknown>>;
  readonly contracts: Array<Record<string, unknown>>;
}

/** One company's rows, keyed by column name, as the store's tables hold them. */
export function seedRowsOf(data: CompanyData, into: SeedRows): void {
  const c = data.company;
  if (c) {
    into.companies.push({
      tenant_id: c.tenantId,
      name: c.name,
      offers: c.offers,
      csp: c.csp,
      activation_status: c.activation.status,
      activation_requested_by: c.activation.requestedBy ?? null,
      activation_requested_at: c.activation.requestedAt ?? null,
      activated_at: c.activation.activatedAt ?? null,
    });
  }
  for (const p of data.people) {
    into.people.push({ tenant_id: p.tenantId, aad_object_id: p.aadObjectId, name: p.name, roles: p.roles, mpn: p.association.mpn, csp: p.association.csp });
  }
  for (const k of data.contracts) {
    into.contracts.push({
      tenant_id: k.tenantId,
      id: k.id,
      benefit: k.benefit,
      cloud_package: k.cloudPackage ?? null,
      incidents_total: k.incidentsTotal,
      incidents_remaining: k.incidentsRemaining,
      start_date: k.startDate,
      end_date: k.endDate,
      access_id: k.accessId,
      contract_id: k.contractId,
      associations: k.associations,
    });
  }
}

const COLUMNS = {
  companies: 'tenant_id, name, offers, csp, activation_status, activation_requested_by, activation_requested_at, activated_at',
  people: 'tenant_id, aad_object_id, name, roles, mpn, csp',
  contracts: 'tenant_id, id, benefit, cloud_package, incidents_total, incidents_remaining, start_date, end_date, access_id, contract_id, associations',
} as const;

async function flush(pool: pg.Pool, rows: SeedRows): Promise<void> {
  // Parents first: people and contracts refer to companies.
  for (const table of ['companies', 'people', 'contracts'] as const) {
    if (rows[table].length === 0) continue;
    await pool.query(`INSERT INTO ${table} (${COLUMNS[table]}) SELECT ${COLUMNS[table]} FROM json_populate_recordset(NULL::${table}, $1::json)`, [JSON.stringify(rows[table])]);
    rows[table].length = 0;
  }
}

/** Loads the plan's store into the (migrated, empty) database; returns the plan as generated. */
export async function seedPostgres(pool: pg.Pool, plan: StorePlan, batchContracts = 20_000): Promise<GeneratedStore> {
  const generated = planStore(plan);
  const rows: SeedRows = { companies: [], people: [], contracts: [] };
  for (let i = 0; i < plan.companies; i += 1) {
    seedRowsOf(companyDataFor(i, generated.counts[i]!, plan.today, plan.seed ?? 1), rows);
    if (rows.contracts.length >= batchContracts || rows.companies.length >= batchContracts) await flush(pool, rows);
  }
  await flush(pool, rows);
  await pool.query('ANALYZE');
  return generated;
}

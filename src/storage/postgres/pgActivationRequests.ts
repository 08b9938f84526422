/**
 * Activation requests. The unique (tenant, idempotency key) constraint makes
 * a double click one request whichever replica each click reaches.
 */
import type { ActivationRequest, ActivationRequestRepository } from '../../domain/repositories.js';
import { ENSURE_TENANT, type PgDatabase } from './pgDatabase.js';
import { activationRequestOf, activationRequestParams, type ActivationRequestRow } from './pgRows.js';

const COLUMNS = 'tenant_id, id, idempotency_key, requested_by, requested_at, status, decided_by, decided_at, reason, benefits, language';
const VALUES = '$1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11';

export function pgActivationRequestRepository(db: PgDatabase): ActivationRequestRepository {
  return {
    async createOnce(request: ActivationRequest, options: { readonly markCompanyPending?: boolean } = {}): Promise<{ request: ActivationRequest; created: boolean }> {
      return db.transaction(async (client) => {
        const inserted = await client.query<ActivationRequestRow>(
          `WITH tenant AS (${ENSURE_TENANT}) INSERT INTO activation_requests (${COLUMNS}) VALUES (${VALUES})
           ON CONFLICT (tenant_id, idempotency_key) DO NOTHING RETURNING ${COLUMNS}`,
          activationRequestParams(request),
        );
        // After a conflict the winner has committed (the insert waited for it), so this read sees it.
        const row =
          inserted.rows[0] ??
          (await client.query<ActivationRequestRow>(`SELECT ${COLUMNS} FROM activation_requests WHERE tenant_id = $1 AND idempotency_key = $2`, [request.tenantId, request.idempotencyKey])).rows[0];
        if (!row) throw new Error('activation request vanished between insert and read');
        const stored = activationRequestOf(row);
        if (options.markCompanyPending === true) {
          await client.query(
            `UPDATE companies SET activation_status = 'pending', activation_requested_by = $2, activation_requested_at = $3, activated_at = NULL, updated_at = now()
             WHERE tenant_id = $1 AND activation_status <> 'pending'`,
            [stored.tenantId, stored.requestedBy, stored.requestedAt],
          );
        }
        return { request: stored, created: inserted.rows.length > 0 };
      });
    },

    async find(tenantId: string, id: string): Promise<ActivationRequest | undefined> {
      const [row] = await db.rows<ActivationRequestRow>(`SELECT ${COLUMNS} FROM activation_requests WHERE tenant_id = $1 AND id = $2`, [tenantId, id]);
      return row && activationRequestOf(row);
    },

    async listByTenant(tenantId: string): Promise<ActivationRequest[]> {
      return (await db.rows<ActivationRequestRow>(`SELECT ${COLUMNS} FROM activation_requests WHERE tenant_id = $1 ORDER BY seq`, [tenantId])).map(activationRequestOf);
    },

    async listPending(): Promise<ActivationRequest[]> {
      return (await db.rows<ActivationRequestRow>(`SELECT ${COLUMNS} FROM activation_requests WHERE status = 'pending' ORDER BY requested_at, seq`)).map(activationRequestOf);
    },

    async save(request: ActivationRequest): Promise<void> {
      await db.rows(
        `WITH tenant AS (${ENSURE_TENANT}) INSERT INTO activation_requests (${COLUMNS}) VALUES (${VALUES})
         ON CONFLICT (tenant_id, id) DO UPDATE SET idempotency_key = EXCLUDED.idempotency_key, requested_by = EXCLUDED.requested_by,
           requested_at = EXCLUDED.requested_at, status = EXCLUDED.status, decided_by = EXCLUDED.decided_by, decided_at = EXCLUDED.decided_at,
           reason = EXCLUDED.reason, benefits = EXCLUDED.benefits, language = EXCLUDED.language`,
        activationRequestParams(request),
      );
    },
  };
}

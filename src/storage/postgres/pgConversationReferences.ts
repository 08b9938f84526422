/** Where the bot can reach users and the helpdesk channel; an unchanged reference costs no row write. */
import type { ConversationReferenceRepository, StoredReference } from '../../domain/repositories.js';
import { ENSURE_TENANT, type PgDatabase, jsonParam } from './pgDatabase.js';

const HELPDESK_CHANNEL = 'helpdeskChannel';

export function pgConversationReferenceRepository(db: PgDatabase): ConversationReferenceRepository {
  return {
    async saveUserReference(tenantId: string, aadObjectId: string, reference: StoredReference): Promise<void> {
      await db.rows(
        `WITH tenant AS (${ENSURE_TENANT})
         INSERT INTO user_references (tenant_id, aad_object_id, reference) VALUES ($1, $2, $3)
         ON CONFLICT (tenant_id, aad_object_id) DO UPDATE SET reference = EXCLUDED.reference
         WHERE user_references.reference IS DISTINCT FROM EXCLUDED.reference`,
        [tenantId, aadObjectId, jsonParam(reference)],
      );
    },
    async findUserReference(tenantId: string, aadObjectId: string): Promise<StoredReference | undefined> {
      const [row] = await db.rows<{ reference: StoredReference }>('SELECT reference FROM user_references WHERE tenant_id = $1 AND aad_object_id = $2', [tenantId, aadObjectId]);
      return row?.reference;
    },
    async saveHelpdeskChannel(reference: StoredReference): Promise<void> {
      await db.rows('INSERT INTO settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value', [HELPDESK_CHANNEL, jsonParam(reference)]);
    },
    async findHelpdeskChannel(): Promise<StoredReference | undefined> {
      const [row] = await db.rows<{ value: StoredReference }>('SELECT value FROM settings WHERE name = $1', [HELPDESK_CHANNEL]);
      return row?.value;
    },
  };
}

/**
 * The outbox in one table. Each item is stored whole (as JSON) so whatever
 * the delivery layer records about an item survives; who sends it is decided
 * by the delivery layer's lock on the item, not here.
 */
import type { OutboxItem, OutboxRepository } from '../../domain/repositories.js';
import { type PgDatabase, jsonParam } from './pgDatabase.js';

export class PgOutbox implements OutboxRepository {
  constructor(private readonly db: PgDatabase) {}

  async add(item: OutboxItem): Promise<void> {
    await this.db.rows('INSERT INTO outbox (id, tenant_id, aad_object_id, item) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO UPDATE SET item = EXCLUDED.item', [
      item.id,
      item.tenantId,
      item.aadObjectId,
      jsonParam(item),
    ]);
  }

  async list(): Promise<OutboxItem[]> {
    return (await this.db.rows<{ item: OutboxItem }>('SELECT item FROM outbox ORDER BY seq')).map((r) => r.item);
  }

  async save(item: OutboxItem): Promise<void> {
    await this.db.rows('UPDATE outbox SET item = $2 WHERE id = $1', [item.id, jsonParam(item)]);
  }

  async remove(id: string): Promise<void> {
    await this.db.rows('DELETE FROM outbox WHERE id = $1', [id]);
  }
}

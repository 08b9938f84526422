import { openLowdbStore } from './lowdb/lowdbStore.js';
import { openPostgresStore } from './postgres/pgStore.js';
import type { Store } from './store.js';

/** PostgreSQL when DATABASE_URL is set (several replicas may share it), else lowdb in DATA_DIR (one process). */
export function openConfiguredStore(settings: { readonly databaseUrl: string; readonly dataDir: string }): Promise<Store> {
  return settings.databaseUrl ? openPostgresStore(settings.databaseUrl) : openLowdbStore(settings.dataDir);
}

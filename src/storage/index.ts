/** The storage layer's public surface: the composition root imports from here. */
export type { Store } from './store.js';
export { openLowdbStore, type LowdbStoreOptions } from './lowdb/lowdbStore.js';
export { emptyDataDir } from './lowdb/emptyDataDir.js';
export { createMemoryStore } from './memory/memoryStore.js';
export { buildDemoData, seedIfEmpty, demoTenants, type DemoData } from './demoData.js';
export { StorageError, StoreLockedError, CorruptStoreFileError, StoreClosedError, type StorageErrorCode } from './storageErrors.js';
export { openPostgresStore, type PgStoreOptions } from './postgres/pgStore.js';
export { openConfiguredStore } from './configuredStore.js';

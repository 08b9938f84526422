/**
 * Stores for tests, each with its own cleanup: the shared repository
 * contract suite runs against every factory here.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryStore } from '../../src/storage/memory/memoryStore.js';
import { openLowdbStore, type LowdbStoreOptions } from '../../src/storage/lowdb/lowdbStore.js';
import type { Store } from '../../src/storage/store.js';

export interface StoreFixture {
  readonly store: Store;
  /** Closes the store and removes anything it left on disk. */
  cleanup(): Promise<void>;
}

export type StoreFactory = () => Promise<StoreFixture>;

export const memoryStoreFactory: StoreFactory = async () => {
  const store = createMemoryStore();
  return { store, cleanup: () => store.close() };
};

/** A fresh directory under the OS temp dir; remove it with `removeTempDataDir`. */
export function makeTempDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'partner-support-store-'));
}

export function removeTempDataDir(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true });
}

export function lowdbStoreFactory(options: LowdbStoreOptions = {}): StoreFactory {
  return async () => {
    const dataDir = await makeTempDataDir();
    const store = await openLowdbStore(dataDir, options);
    return {
      store,
      async cleanup() {
        await store.close();
        await removeTempDataDir(dataDir);
      },
    };
  };
}

/**
 * Opens a fresh store from `factory` before each test and cleans it up after;
 * returns a getter for the current test's store.
 */
export function useFreshStore(factory: StoreFactory): () => Store {
  let fixture: StoreFixture | undefined;
  beforeEach(async () => {
    fixture = await factory();
  });
  afterEach(() => fixture?.cleanup());
  return () => {
    if (!fixture) throw new Error('useFreshStore: no store outside a test');
    return fixture.store;
  };
}

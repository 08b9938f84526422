/**
 * Company data in one lowdb file per company, loaded on first use and kept in
 * a bounded cache. lowdb rewrites a whole file per write, so this keeps a
 * write's cost to one company's data and start-up independent of their number.
 * Files are written in place behind a write-ahead slot (writeAheadSlot.ts),
 * whose `.write-slot` file the listings here skip as they skip every hidden name.
 */
import { opendir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Low } from 'lowdb';
import { copyOf, emptyCompanyData, type CompanyData } from '../companyData.js';
import type { CompanyDataSource, UpdateOutcome } from '../companyDataSource.js';
import { companyDataProblem } from '../companyDataShape.js';
import { StoreClosedError } from '../storageErrors.js';
import { KeyedMutex } from './keyedMutex.js';
import { ScanResistantCache } from './scanResistantCache.js';
import { companyFileName, tenantIdOfFileName } from './safeFileName.js';
import { openValidatedJsonFile } from './validatedJsonFile.js';
import { WriteAheadSlot } from './writeAheadSlot.js';

export class LowdbCompanySource implements CompanyDataSource {
  readonly #cache: ScanResistantCache<string, Low<CompanyData>>;
  readonly #locks = new KeyedMutex();
  #closing: Promise<void> | undefined;

  /** The slot must be over `companiesDir`; the store applies what a crash left in it (applyWriteSlot) before this opens. */
  constructor(
    readonly companiesDir: string,
    cacheCapacity: number,
    private readonly slot: WriteAheadSlot = new WriteAheadSlot(companiesDir),
  ) {
    this.#cache = new ScanResistantCache(cacheCapacity);
  }

  filePathOf(tenantId: string): string {
    return join(this.companiesDir, companyFileName(tenantId));
  }

  async read(tenantId: string): Promise<Readonly<CompanyData>> {
    this.#assertOpen();
    const cached = this.#cache.get(tenantId);
    // Loading goes through the lock so a slow load cannot overwrite a newer update in the cache.
    const db = cached ?? (await this.#locks.run(tenantId, () => this.#loadLocked(tenantId)));
    return db.data;
  }

  async update<T>(tenantId: string, change: (draft: CompanyData) => UpdateOutcome<T>): Promise<T> {
    this.#assertOpen();
    return this.#locks.run(tenantId, async () => {
      const db = await this.#loadLocked(tenantId);
      const draft = copyOf(db.data);
      const { result, changed } = change(draft);
      if (!changed) return result;
      // Replace, never mutate, db.data: readers holding the old snapshot keep a consistent view.
      db.data = draft;
      try {
        await db.write();
      } catch (error) {
        this.#cache.delete(tenantId); // reload from disk next time: memory must not claim an unsaved write
        throw error;
      }
      return result;
    });
  }

  async isEmpty(): Promise<boolean> {
    this.#assertOpen();
    for await (const entry of await opendir(this.companiesDir)) {
      if (entry.isFile() && entry.name.endsWith('.json') && !entry.name.startsWith('.')) return false;
    }
    return true;
  }

  /** Names are decoded; a hashed (over-long) name is read for the tenant id it holds. */
  async tenantIds(): Promise<string[]> {
    this.#assertOpen();
    const ids: string[] = [];
    for await (const entry of await opendir(this.companiesDir)) {
      if (!entry.isFile() || !entry.name.endsWith('.json') || entry.name.startsWith('.')) continue;
      const decoded = tenantIdOfFileName(entry.name);
      const path = join(this.companiesDir, entry.name);
      const id = decoded ?? (JSON.parse(this.slot.owedText(path) ?? (await readFile(path, 'utf8'))) as { tenantId?: unknown }).tenantId;
      if (typeof id === 'string') ids.push(id);
    }
    return ids;
  }

  /** Waits for queued writes, then refuses further use and closes the slot. */
  close(): Promise<void> {
    this.#closing ??= this.#locks.idle().then(() => this.slot.close());
    return this.#closing;
  }

  /** Caller holds the company's lock. A missing file yields empty data and is not created. */
  async #loadLocked(tenantId: string): Promise<Low<CompanyData>> {
    const cached = this.#cache.get(tenantId);
    if (cached) return cached;
    const db = openValidatedJsonFile(this.filePathOf(tenantId), emptyCompanyData(tenantId), (value) => companyDataProblem(value, tenantId), this.slot);
    await db.read(); // throws CorruptStoreFileError, and nothing is cached, if the file is damaged
    this.#cache.set(tenantId, db);
    return db;
  }

  #assertOpen(): void {
    if (this.#closing !== undefined) throw new StoreClosedError();
  }
}

/**
 * Tickets as one small lowdb file each (<dataDir>/tickets/PS-1001.json), so
 * a write costs one ticket however many exist. Files are listed once, on
 * first use, into an in-memory index; numbers are taken from it under a lock,
 * so tickets opened at the same moment never share one.
 */
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Low } from 'lowdb';
import type { NewTicket, Ticket } from '../../domain/handoff/ticket.js';
import { FIRST_TICKET_NUMBER, isTicketId, parseTicketId, ticketIdOf } from '../../domain/handoff/ticketId.js';
import type { TicketRepository, TicketUpdate } from '../../domain/handoff/ticketRepository.js';
import { copyOf } from '../companyData.js';
import { KeyedMutex } from '../lowdb/keyedMutex.js';
import { LoadOnce } from '../lowdb/loadOnce.js';
import { LruCache } from '../../lruCache.js';
import { removeStaleTempFiles } from '../lowdb/staleTempFiles.js';
import { openValidatedJsonFile } from '../lowdb/validatedJsonFile.js';
import { CorruptStoreFileError, StoreClosedError } from '../storageErrors.js';
import { ticketFileProblem, type TicketFile } from './ticketFileShape.js';
import { requesterKey, TicketIndex } from './ticketIndex.js';

const TICKET_FILE = /^(PS-\d+)\.json$/;

export class LowdbTicketRepository implements TicketRepository {
  readonly #locks = new KeyedMutex();
  readonly #files: LruCache<string, Low<TicketFile>>;
  readonly #index = new TicketIndex();
  /** Files listed into the index; a failed scan is tried again on next use. */
  readonly #scanned = new LoadOnce(() => this.#scan());
  #next = FIRST_TICKET_NUMBER;
  #closed = false;

  constructor(
    readonly dir: string,
    cacheCapacity = 200,
  ) {
    this.#files = new LruCache(cacheCapacity);
  }

  async create(ticket: NewTicket): Promise<Ticket> {
    await this.#open();
    const number = this.#next++; // synchronous after the await: concurrent creates get distinct numbers
    const stored: Ticket = { ...copyOf(ticket), id: ticketIdOf(number), number };
    await this.#locks.run(stored.id, async () => {
      const db = openValidatedJsonFile<TicketFile>(this.#pathOf(stored.id), { version: 1, ticket: stored }, (v) => ticketFileProblem(v, stored.id));
      await db.write();
      this.#files.set(stored.id, db);
      this.#index.put(stored);
    });
    return copyOf(stored);
  }

  async find(id: string): Promise<Ticket | undefined> {
    await this.#open();
    if (!isTicketId(id)) return undefined;
    const db = await this.#locks.run(id, () => this.#load(id));
    return db && copyOf(db.data.ticket);
  }

  async update<T>(id: string, change: (current: Ticket) => TicketUpdate<T>): Promise<T | undefined> {
    await this.#open();
    if (!isTicketId(id)) return undefined;
    return this.#locks.run(id, async () => {
      const db = await this.#load(id);
      if (!db) return undefined;
      const { result, next } = change(copyOf(db.data.ticket));
      if (!next) return result;
      const previous = db.data;
      db.data = { version: 1, ticket: { ...copyOf(next), id: previous.ticket.id, number: previous.ticket.number } };
      try {
        await db.write();
      } catch (error) {
        db.data = previous; // memory must not claim an unsaved write
        throw error;
      }
      this.#index.put(db.data.ticket);
      return result;
    });
  }

  async listByRequester(tenantId: string, aadObjectId: string): Promise<Ticket[]> {
    await this.#open();
    const key = requesterKey(tenantId, aadObjectId);
    return this.#findAll(this.#index.idsOfRequester(key));
  }

  async listWithPendingWork(): Promise<Ticket[]> {
    await this.#open();
    return this.#findAll(this.#index.ids((e) => e.pendingWork));
  }

  async listUnclaimed(): Promise<Ticket[]> {
    await this.#open();
    return this.#findAll(this.#index.ids((e) => e.status === 'open'));
  }

  async listUpdatedSince(since: string): Promise<Ticket[]> {
    await this.#open();
    return this.#findAll(this.#index.ids((e) => e.updatedAt >= since));
  }

  async findByCardActivityId(activityId: string): Promise<Ticket | undefined> {
    await this.#open();
    const id = this.#index.idOfCardActivity(activityId);
    return id ? this.find(id) : undefined;
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.#locks.idle();
  }

  async #findAll(ids: readonly string[]): Promise<Ticket[]> {
    const found = await Promise.all(ids.map((id) => this.find(id)));
    return found.filter((t): t is Ticket => t !== undefined);
  }

  #pathOf(id: string): string {
    return join(this.dir, `${id}.json`);
  }

  /** Caller holds the ticket's lock. Undefined when the ticket has no file. */
  async #load(id: string): Promise<Low<TicketFile> | undefined> {
    const cached = this.#files.get(id);
    if (cached) return cached;
    const db = openValidatedJsonFile<TicketFile | null>(this.#pathOf(id), null, (v) => ticketFileProblem(v, id));
    await db.read();
    if (db.data === null) return undefined;
    this.#files.set(id, db as Low<TicketFile>);
    return db as Low<TicketFile>;
  }

  #open(): Promise<void> {
    if (this.#closed) return Promise.reject(new StoreClosedError());
    return this.#scanned.done();
  }

  async #scan(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await removeStaleTempFiles(this.dir);
    let highest = 0;
    for (const name of await readdir(this.dir)) {
      const id = TICKET_FILE.exec(name)?.[1];
      const number = parseTicketId(id);
      if (!id || number === undefined || !isTicketId(id)) continue;
      highest = Math.max(highest, number); // a damaged file still holds its number: never reuse it
      try {
        const db = await this.#load(id);
        if (db) this.#index.put(db.data.ticket);
      } catch (error) {
        // One damaged ticket must not take the others down; it stays on disk, and find() reports it.
        if (!(error instanceof CorruptStoreFileError)) throw error;
      }
    }
    this.#next = Math.max(FIRST_TICKET_NUMBER, highest + 1);
  }
}

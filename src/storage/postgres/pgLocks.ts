/**
 * Locks shared by every replica: PostgreSQL session advisory locks, each
 * held on its own connection (from a pool of their own, so work done while
 * holding a lock never waits for a connection the lock holders took). A
 * replica that dies drops its connections, and with them its locks.
 */
import { jsonParam } from './pgDatabase.js';
import type pg from 'pg';
import type { SharedLocks, TryRunResult } from '../../domain/sharedState.js';
import { StoreClosedError } from '../storageErrors.js';

export class PgLocks implements SharedLocks {
  #closed = false;

  /** `namespace` keeps stores in different schemas of one database from sharing locks. */
  constructor(
    private readonly pool: pg.Pool,
    private readonly namespace: string,
  ) {}

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const outcome = await this.#hold(key, 'pg_advisory_lock', work);
    if (!outcome.ran) throw new Error(`lock ${key} was not taken`);
    return outcome.value;
  }

  tryRun<T>(key: string, work: () => Promise<T>): Promise<TryRunResult<T>> {
    return this.#hold(key, 'pg_try_advisory_lock', work);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.pool.end();
  }

  async #hold<T>(key: string, take: 'pg_advisory_lock' | 'pg_try_advisory_lock', work: () => Promise<T>): Promise<TryRunResult<T>> {
    if (this.#closed) throw new StoreClosedError();
    const client = await this.pool.connect();
    const id = [jsonParam([this.namespace, key])];
    let broken: Error | undefined;
    try {
      if (take === 'pg_advisory_lock') {
        await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', id);
      } else {
        const { rows } = await client.query<{ taken: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS taken', id);
        if (!rows[0]?.taken) return { ran: false };
      }
      try {
        return { ran: true, value: await work() };
      } finally {
        await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', id).catch((error: unknown) => {
          broken = error as Error; // a connection that could not unlock must not go back to the pool
        });
      }
    } finally {
      client.release(broken);
    }
  }
}

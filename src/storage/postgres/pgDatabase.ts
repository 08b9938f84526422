/**
 * One PostgreSQL pool with the store's lifecycle: queries after close() fail
 * with StoreClosedError, transactions roll back on any error, and dates
 * (yyyy-mm-dd) come back as the strings the domain uses.
 */
import pg from 'pg';
import { StoreClosedError } from '../storageErrors.js';

const DATE_OID = 1082;

/** Column type parsers: `date` stays a string; everything else as pg does by default. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === DATE_OID ? (value: string) => value : pg.types.getTypeParser(oid, format as 'text'))) as typeof pg.types.getTypeParser,
};

export function createPool(connectionString: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, types });
  // An idle client whose server connection drops must not crash the bot; the next query reconnects.
  pool.on('error', () => undefined);
  return pool;
}

export type Queryable = Pick<pg.PoolClient, 'query'>;

export class PgDatabase {
  #closed = false;

  constructor(readonly pool: pg.Pool) {}

  get closed(): boolean {
    return this.#closed;
  }

  async rows<R extends pg.QueryResultRow>(sql: string, params: readonly unknown[] = []): Promise<R[]> {
    this.assertOpen();
    return (await this.pool.query<R>(sql, params.map(textSafe))).rows;
  }

  async transaction<T>(work: (client: Queryable) => Promise<T>): Promise<T> {
    this.assertOpen();
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work({ query: (sql: string, params: readonly unknown[] = []) => client.query(sql, params.map(textSafe)) } as Queryable);
      await client.query('COMMIT');
      client.release();
      return result;
    } catch (error) {
      await client.query('ROLLBACK').then(
        () => client.release(),
        (rollbackError: unknown) => client.release(rollbackError as Error),
      );
      throw error;
    }
  }

  assertOpen(): void {
    if (this.#closed) throw new StoreClosedError();
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.pool.end();
  }
}

/**
 * Makes sure the company row a record refers to exists (without a profile if
 * new); used as a CTE of the statement that writes the record, so it costs no
 * extra round trip.
 */
export const ENSURE_TENANT = 'INSERT INTO companies (tenant_id) VALUES ($1) ON CONFLICT DO NOTHING';

/**
 * PostgreSQL text cannot hold a NUL character, and jsonb refuses the \u0000
 * escape. Ids and text from the network may carry one; it is stored as U+FFFD
 * rather than failing the turn.
 */
function textSafe(value: unknown): unknown {
  return typeof value === 'string' && value.includes('\u0000') ? value.replaceAll('\u0000', '\ufffd') : value;
}

/** A value as a jsonb parameter: NUL characters (the \u0000 escape, not an escaped backslash) become U+FFFD. */
export function jsonParam(value: unknown): string {
  return JSON.stringify(value).replace(/(?<!\\)((?:\\\\)*)\\u0000/g, '$1\\ufffd');
}

export function isoOrUndefined(value: Date | null): string | undefined {
  return value === null ? undefined : value.toISOString();
}

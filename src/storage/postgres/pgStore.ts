/**
 * The PostgreSQL store (DATABASE_URL): every repository and every piece of
 * state replicas share, in one database. Opening applies pending migrations
 * (under an advisory lock, so replicas starting together apply each once).
 */
import type { Store } from '../store.js';
import { pgActivationRequestRepository } from './pgActivationRequests.js';
import { pgCompanyImportRepository } from './pgCompanyImports.js';
import { pgConversationReferenceRepository } from './pgConversationReferences.js';
import { createPool, PgDatabase } from './pgDatabase.js';
import { pgContractRepository, pgCustomerRepository, pgDirectoryRepository } from './pgDirectory.js';
import { PgLocks } from './pgLocks.js';
import { PgOutbox } from './pgOutbox.js';
import { PgConversationContexts, PgProcessedActivityLog } from './pgSharedState.js';
import { PgTicketRepository } from './pgTickets.js';
import { PgEventMarkers, PgReminderPreferences, PgUnansweredQuestions } from './pgInsights.js';
import { migrate } from './migrator.js';

export interface PgStoreOptions {
  /** Connections for queries (default 10); locks use a pool of the same size. */
  readonly poolSize?: number;
}

export async function openPostgresStore(connectionString: string, options: PgStoreOptions = {}): Promise<Store> {
  const poolSize = options.poolSize ?? 10;
  const db = new PgDatabase(createPool(connectionString, poolSize));
  const lockPool = createPool(connectionString, poolSize);
  try {
    await migrate(db.pool);
    const [schema] = await db.rows<{ name: string }>('SELECT current_schema() AS name');
    const locks = new PgLocks(lockPool, schema?.name ?? '');
    let closing: Promise<void> | undefined;
    return {
      directory: pgDirectoryRepository(db),
      contracts: pgContractRepository(db),
      customers: pgCustomerRepository(db),
      companyImports: pgCompanyImportRepository(db),
      activationRequests: pgActivationRequestRepository(db),
      conversationReferences: pgConversationReferenceRepository(db),
      outbox: new PgOutbox(db),
      tickets: new PgTicketRepository(db),
      processedActivities: new PgProcessedActivityLog(db),
      conversationContexts: new PgConversationContexts(db),
      locks,
      markers: new PgEventMarkers(db),
      reminderPreferences: new PgReminderPreferences(db),
      unansweredQuestions: new PgUnansweredQuestions(db),
      async isEmpty() {
        const [row] = await db.rows<{ empty: boolean }>('SELECT NOT EXISTS (SELECT 1 FROM companies) AS empty');
        return row?.empty ?? true;
      },
      close() {
        closing ??= Promise.all([db.close(), locks.close()]).then(() => undefined);
        return closing;
      },
    };
  } catch (error) {
    await Promise.all([db.close(), lockPool.end()]);
    throw error;
  }
}

/**
 * The product store: lowdb JSON files under one data directory.
 *
 *   <dataDir>/.lock                    pid of the one process serving the directory
 *   <dataDir>/helpdesk-channel.json    the helpdesk channel reference
 *   <dataDir>/outbox.json              proactive messages waiting for a retry
 *   <dataDir>/pending-activations.jsonl tenants that may have a pending activation request (an index); one JSON line per add or remove
 *   <dataDir>/companies/<tenant>.json  one company's records (see companyData.ts)
 *   <dataDir>/companies/.write-slot    the latest company write, kept until its file holds it (see writeAheadSlot.ts)
 *   <dataDir>/tickets/PS-<n>.json      one helpdesk ticket (see tickets/lowdbTicketRepository.ts)
 *   <dataDir>/event-markers.jsonl      reminders, escalations and digests already claimed (sent once); one JSON line per change
 *   <dataDir>/reminder-preferences.json who turned reminders off
 *   <dataDir>/unanswered-questions.json questions the bot could not answer (masked, kept for a retention period)
 *
 * Opening reads no company file; each is loaded on first use.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createRepositories } from '../repositoriesOverCompanyData.js';
import { LowdbTicketRepository } from '../tickets/lowdbTicketRepository.js';
import type { Store } from '../store.js';
import { DataDirLock } from './dataDirLock.js';
import { LowdbCompanySource } from './lowdbCompanySource.js';
import { LowdbHelpdeskChannelSlot } from './lowdbHelpdeskChannelSlot.js';
import { LowdbTenantSet } from './lowdbTenantSet.js';
import { LowdbOutbox } from '../outbox.js';
import { removeStaleTempFiles } from './staleTempFiles.js';
import { applyWriteSlot } from './writeAheadSlot.js';
import { LowdbEventMarkers } from '../insights/eventMarkers.js';
import { LowdbReminderPreferences } from '../insights/reminderPreferences.js';
import { LowdbUnansweredQuestions } from '../insights/unansweredQuestions.js';
import { processSharedState } from '../memory/processSharedState.js';

export interface LowdbStoreOptions {
  /** How many companies stay loaded in memory (least recently used leave first). Default 500. */
  readonly cacheCapacity?: number;
}

export function companiesDirOf(dataDir: string): string {
  return join(resolve(dataDir), 'companies');
}

/** Throws StoreLockedError if another live process has the directory open. */
export async function openLowdbStore(dataDir: string, options: LowdbStoreOptions = {}): Promise<Store> {
  const root = resolve(dataDir);
  const companiesDir = companiesDirOf(root);
  await mkdir(companiesDir, { recursive: true });
  const lock = await DataDirLock.acquire(root);
  try {
    await removeStaleTempFiles(root);
    await removeStaleTempFiles(companiesDir);
    await applyWriteSlot(companiesDir); // a company write a crash cut short is finished before anything reads it
  } catch (error) {
    await lock.release();
    throw error;
  }

  const companies = new LowdbCompanySource(companiesDir, options.cacheCapacity ?? 500);
  const helpdeskChannel = new LowdbHelpdeskChannelSlot(join(root, 'helpdesk-channel.json'));
  const tickets = new LowdbTicketRepository(join(root, 'tickets'));
  const pendingActivations = new LowdbTenantSet(join(root, 'pending-activations.jsonl'), join(root, 'pending-activations.json'));
  const outbox = new LowdbOutbox(join(root, 'outbox.json'));
  const markers = new LowdbEventMarkers(join(root, 'event-markers.jsonl'), join(root, 'event-markers.json'));
  const reminderPreferences = new LowdbReminderPreferences(join(root, 'reminder-preferences.json'));
  const unansweredQuestions = new LowdbUnansweredQuestions(join(root, 'unanswered-questions.json'));
  let closing: Promise<void> | undefined;
  return {
    ...createRepositories(companies, helpdeskChannel, pendingActivations),
    tickets,
    outbox,
    markers,
    reminderPreferences,
    unansweredQuestions,
    // One process per data directory: what replicas would share stays in this process.
    ...processSharedState(),
    isEmpty: () => companies.isEmpty(),
    close() {
      closing ??= (async () => {
        try {
          await Promise.all([companies.close(), helpdeskChannel.close(), tickets.close(), pendingActivations.close(), outbox.close(), markers.close(), reminderPreferences.close(), unansweredQuestions.close()]);
        } finally {
          await lock.release();
        }
      })();
      return closing;
    },
  };
}

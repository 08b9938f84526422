/**
 * Who has turned reminders off, in one small lowdb file or in memory. The
 * key is the person's directory identity (tenant and AAD object id).
 */
import type { ReminderPreference, ReminderPreferenceRepository } from '../../domain/reminders/reminderTypes.js';
import { copyOf } from '../companyData.js';
import { SingleJsonDocument } from '../lowdb/singleJsonDocument.js';
import { listShapeProblem } from './listDocument.js';

interface StoredPreference extends ReminderPreference {
  readonly key: string;
}

interface PreferenceFile {
  readonly version: 1;
  readonly items: StoredPreference[];
}

const keyOf = (tenantId: string, aadObjectId: string): string => JSON.stringify([tenantId, aadObjectId]);

function withoutKey(stored: StoredPreference): ReminderPreference {
  const { tenantId, aadObjectId, optedOut, at, language } = stored;
  return { tenantId, aadObjectId, optedOut, at, ...(language ? { language } : {}) };
}

export class LowdbReminderPreferences implements ReminderPreferenceRepository {
  readonly #file: SingleJsonDocument<PreferenceFile>;

  constructor(filePath: string) {
    this.#file = new SingleJsonDocument<PreferenceFile>(filePath, { version: 1, items: [] }, (v) => listShapeProblem(v, 'key'));
  }

  async find(tenantId: string, aadObjectId: string): Promise<ReminderPreference | undefined> {
    const key = keyOf(tenantId, aadObjectId);
    const found = (await this.#file.read()).items.find((p) => p.key === key);
    return found && withoutKey(found);
  }

  save(preference: ReminderPreference): Promise<void> {
    const stored: StoredPreference = { ...copyOf(preference), key: keyOf(preference.tenantId, preference.aadObjectId) };
    return this.#file.change(({ items }) => ({ version: 1, items: [...items.filter((p) => p.key !== stored.key), stored] }));
  }

  close(): Promise<void> {
    return this.#file.close();
  }
}

export class MemoryReminderPreferences implements ReminderPreferenceRepository {
  readonly #items = new Map<string, ReminderPreference>();

  async find(tenantId: string, aadObjectId: string): Promise<ReminderPreference | undefined> {
    const found = this.#items.get(keyOf(tenantId, aadObjectId));
    return found && copyOf(found);
  }

  async save(preference: ReminderPreference): Promise<void> {
    this.#items.set(keyOf(preference.tenantId, preference.aadObjectId), copyOf(preference));
  }
}

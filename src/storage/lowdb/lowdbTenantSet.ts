/**
 * TenantSet in an append-only log (one JSON line per add or remove; the last
 * line of a tenant wins), so an add costs one short line, not a rewrite of
 * the whole set: the set was a JSON document rewritten per change, which
 * cost every activation request the size of every pending one. The log is
 * rewritten with just the current tenants when it is opened and has grown
 * well past them. A store written before the log kept the set in one JSON
 * document ({ version: 1, tenants }): it is read once and becomes the log.
 */
import type { TenantSet } from '../tenantSet.js';
import { AppendOnlyJsonLog } from './appendOnlyJsonLog.js';
import { loadLogOrEarlierDocument, type EarlierJsonDocument } from './earlierJsonDocument.js';
import { LoadOnce } from './loadOnce.js';

type TenantChange = { readonly add: string } | { readonly remove: string };

interface LegacyTenantSetFile {
  readonly version: 1;
  readonly tenants: string[];
}

/** Lines past this many per current tenant (plus a margin) make opening rewrite the log. */
const COMPACT_RATIO = 2;
const COMPACT_MARGIN = 256;

function changeProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const keys = Object.keys(value);
  const { add, remove } = value as Record<string, unknown>;
  if (keys.length === 1 && (typeof add === 'string' || typeof remove === 'string')) return undefined;
  return 'a line needs exactly one of "add" or "remove" with a tenant id';
}

function legacyProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const { version, tenants } = value as Record<string, unknown>;
  if (version !== 1) return `unsupported version ${JSON.stringify(version)}`;
  if (!Array.isArray(tenants) || tenants.some((t) => typeof t !== 'string')) return 'tenants is not a list of strings';
  return undefined;
}

function legacyDocument(path: string): EarlierJsonDocument<LegacyTenantSetFile, TenantChange> {
  return { path, problemOf: legacyProblem, recordsOf: (file) => [...new Set(file.tenants)].map((add) => ({ add })) };
}

export class LowdbTenantSet implements TenantSet {
  readonly #log: AppendOnlyJsonLog<TenantChange>;
  readonly #legacy: EarlierJsonDocument<LegacyTenantSetFile, TenantChange> | undefined;
  /** Each tenant in the set, with the append that put it there (settled once it is in the file). */
  readonly #tenants = new Map<string, Promise<void>>();
  readonly #loaded = new LoadOnce(() => this.#read());

  /** `legacyPath`: the JSON document the set was kept in before the log. */
  constructor(filePath: string, legacyPath?: string) {
    this.#log = new AppendOnlyJsonLog<TenantChange>(filePath, changeProblem);
    this.#legacy = legacyPath === undefined ? undefined : legacyDocument(legacyPath);
  }

  /** Resolves once the tenant is in the file; adding a tenant already there (or on its way) writes nothing. */
  async add(tenantId: string): Promise<void> {
    await this.#loaded.done();
    const present = this.#tenants.get(tenantId);
    if (present) return present;
    const appended = this.#log.append({ add: tenantId });
    this.#tenants.set(tenantId, appended);
    try {
      await appended;
    } catch (error) {
      if (this.#tenants.get(tenantId) === appended) this.#tenants.delete(tenantId); // memory must not hold an unsaved add
      throw error;
    }
  }

  async remove(tenantId: string): Promise<void> {
    await this.#loaded.done();
    if (!this.#tenants.has(tenantId)) return;
    this.#tenants.delete(tenantId);
    // If this append fails the file keeps the tenant: an extra entry, which readers re-check.
    await this.#log.append({ remove: tenantId });
  }

  async list(): Promise<string[]> {
    await this.#loaded.done();
    return [...this.#tenants.keys()];
  }

  async close(): Promise<void> {
    await this.#loaded.settled();
    await this.#log.close();
  }

  async #read(): Promise<void> {
    this.#tenants.clear();
    const changes = await loadLogOrEarlierDocument(this.#log, this.#legacy);
    const current = new Set<string>();
    for (const change of changes) {
      if ('add' in change) current.add(change.add);
      else current.delete(change.remove);
    }
    if (changes.length > COMPACT_RATIO * current.size + COMPACT_MARGIN) await this.#log.replaceWith([...current].map((add) => ({ add })));
    const written = Promise.resolve();
    for (const tenantId of current) this.#tenants.set(tenantId, written);
  }
}

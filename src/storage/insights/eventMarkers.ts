/**
 * Event markers (see domain/markers/eventMarker.ts) in an append-only log
 * (one JSON line per claim or settlement; the last line of a key wins) or in
 * memory. A claim is a check-and-insert on the in-memory index, done
 * synchronously once the log is loaded, so two claims of a key in this
 * process cannot both win; the data-directory lock keeps other processes out.
 * A marker is kept while it can matter (domain/markers/markerRetention.ts);
 * purging rewrites the log without the expired ones. A store written before
 * the log existed kept its markers in one JSON document: it is read once and
 * its markers become the log's first lines.
 */
import type { EventMarker, EventMarkerRepository, MarkerKind, MarkerState } from '../../domain/markers/eventMarker.js';
import { extendedKeep, isExpired } from '../../domain/markers/markerRetention.js';
import { copyOf } from '../companyData.js';
import { AppendOnlyJsonLog } from '../lowdb/appendOnlyJsonLog.js';
import { loadLogOrEarlierDocument, type EarlierJsonDocument } from '../lowdb/earlierJsonDocument.js';
import { LoadOnce } from '../lowdb/loadOnce.js';
import { listShapeProblem } from './listDocument.js';

interface MarkerFile {
  readonly version: 1;
  readonly items: EventMarker[];
}

const MARKER_STATES: readonly string[] = ['claimed', 'sent', 'undeliverable'];

function markerProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const { key, kind, claimedAt, state, keepUntil } = value as Record<string, unknown>;
  if (typeof key !== 'string' || typeof kind !== 'string' || typeof claimedAt !== 'string') return 'a marker needs key, kind and claimedAt';
  if (keepUntil !== undefined && typeof keepUntil !== 'string') return 'keepUntil must be a date';
  return typeof state === 'string' && MARKER_STATES.includes(state) ? undefined : `unknown state ${JSON.stringify(state)}`;
}

function settled(markers: readonly EventMarker[], key: string, state: Exclude<MarkerState, 'claimed'>, at: string): EventMarker[] | undefined {
  const current = markers.find((m) => m.key === key);
  if (!current || current.state !== 'claimed') return undefined;
  return markers.map((m) => (m.key === key ? { ...m, state, settledAt: at } : m));
}

function keepField(keepUntil: string | undefined): Pick<EventMarker, 'keepUntil'> {
  return keepUntil === undefined ? {} : { keepUntil };
}

function since(markers: Iterable<EventMarker>, kind: MarkerKind, from: string): EventMarker[] {
  return copyOf([...markers].filter((m) => m.kind === kind && m.claimedAt >= from).sort((a, b) => a.claimedAt.localeCompare(b.claimedAt)));
}

function markerDocument(path: string): EarlierJsonDocument<MarkerFile, EventMarker> {
  return { path, problemOf: (value) => listShapeProblem(value, 'key'), recordsOf: (file) => file.items };
}

export class LowdbEventMarkers implements EventMarkerRepository {
  readonly #log: AppendOnlyJsonLog<EventMarker>;
  readonly #legacy: EarlierJsonDocument<MarkerFile, EventMarker> | undefined;
  /** Every marker by key, in claim order. */
  readonly #index = new Map<string, EventMarker>();
  readonly #loaded = new LoadOnce(() => this.#read());

  /** `legacyPath`: the JSON document markers were kept in before the log. */
  constructor(filePath: string, legacyPath?: string) {
    this.#log = new AppendOnlyJsonLog<EventMarker>(filePath, markerProblem);
    this.#legacy = legacyPath === undefined ? undefined : markerDocument(legacyPath);
  }

  async claim(marker: Omit<EventMarker, 'state' | 'settledAt'>): Promise<boolean> {
    await this.#loaded.done();
    const current = this.#index.get(marker.key);
    if (current) {
      await this.#keepLonger(current, marker.keepUntil);
      return false;
    }
    const claimed: EventMarker = { ...copyOf(marker), state: 'claimed' };
    this.#index.set(marker.key, claimed);
    try {
      await this.#log.append(claimed);
    } catch (error) {
      if (this.#index.get(marker.key) === claimed) this.#index.delete(marker.key); // memory must not claim an unsaved marker
      throw error;
    }
    return true;
  }

  async settle(key: string, state: Exclude<MarkerState, 'claimed'>, at: string): Promise<void> {
    await this.#loaded.done();
    const current = this.#index.get(key);
    if (!current || current.state !== 'claimed') return;
    const next: EventMarker = { ...current, state, settledAt: at };
    this.#index.set(key, next);
    try {
      await this.#log.append(next);
    } catch (error) {
      if (this.#index.get(key) === next) this.#index.set(key, current);
      throw error;
    }
  }

  async find(key: string): Promise<EventMarker | undefined> {
    await this.#loaded.done();
    const found = this.#index.get(key);
    return found && copyOf(found);
  }

  async listSince(kind: MarkerKind, from: string): Promise<EventMarker[]> {
    await this.#loaded.done();
    return since(this.#index.values(), kind, from);
  }

  async purgeExpired(keptUntilBefore: string, claimedBefore: string): Promise<number> {
    await this.#loaded.done();
    const expired = new Set([...this.#index.values()].filter((m) => isExpired(m, keptUntilBefore, claimedBefore)).map((m) => m.key));
    if (expired.size === 0) return 0;
    for (const key of expired) this.#index.delete(key);
    // A claim of one of these keys from now on is a new marker: its line comes after the rewrite and stays.
    await this.#log.rewrite((record) => !expired.has(record.key));
    return expired.size;
  }

  async close(): Promise<void> {
    await this.#loaded.settled();
    await this.#log.close();
  }

  async #keepLonger(current: EventMarker, keepUntil: string | undefined): Promise<void> {
    const extended = extendedKeep(current.keepUntil, keepUntil);
    if (extended === current.keepUntil) return;
    const next: EventMarker = { ...current, keepUntil: extended };
    this.#index.set(current.key, next);
    try {
      await this.#log.append(next);
    } catch (error) {
      if (this.#index.get(current.key) === next) this.#index.set(current.key, current);
      throw error;
    }
  }

  async #read(): Promise<void> {
    this.#index.clear();
    for (const marker of await loadLogOrEarlierDocument(this.#log, this.#legacy)) this.#index.set(marker.key, marker);
  }
}

export class MemoryEventMarkers implements EventMarkerRepository {
  #items: EventMarker[] = [];

  async claim(marker: Omit<EventMarker, 'state' | 'settledAt'>): Promise<boolean> {
    if (this.#items.some((m) => m.key === marker.key)) {
      this.#items = this.#items.map((m) => (m.key === marker.key ? { ...m, ...keepField(extendedKeep(m.keepUntil, marker.keepUntil)) } : m));
      return false;
    }
    this.#items = [...this.#items, { ...copyOf(marker), state: 'claimed' }];
    return true;
  }

  async settle(key: string, state: Exclude<MarkerState, 'claimed'>, at: string): Promise<void> {
    this.#items = settled(this.#items, key, state, at) ?? this.#items;
  }

  async find(key: string): Promise<EventMarker | undefined> {
    const found = this.#items.find((m) => m.key === key);
    return found && copyOf(found);
  }

  async listSince(kind: MarkerKind, from: string): Promise<EventMarker[]> {
    return since(this.#items, kind, from);
  }

  async purgeExpired(keptUntilBefore: string, claimedBefore: string): Promise<number> {
    const kept = this.#items.filter((m) => !isExpired(m, keptUntilBefore, claimedBefore));
    const removed = this.#items.length - kept.length;
    this.#items = kept;
    return removed;
  }
}

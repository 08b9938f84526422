/**
 * Event markers (see domain/markers/eventMarker.ts) in one small lowdb file
 * or in memory. A claim is a check-and-insert inside one change of the
 * document, and changes are applied one after another, so two claims of a
 * key in this process cannot both win; the data-directory lock keeps other
 * processes out. Markers are kept: an old one is what stops a repeat.
 */
import type { EventMarker, EventMarkerRepository, MarkerKind, MarkerState } from '../../domain/markers/eventMarker.js';
import { copyOf } from '../companyData.js';
import { SingleJsonDocument } from '../lowdb/singleJsonDocument.js';
import { listShapeProblem } from './listDocument.js';

interface MarkerFile {
  readonly version: 1;
  readonly items: EventMarker[];
}

function settled(markers: readonly EventMarker[], key: string, state: Exclude<MarkerState, 'claimed'>, at: string): EventMarker[] | undefined {
  const current = markers.find((m) => m.key === key);
  if (!current || current.state !== 'claimed') return undefined;
  return markers.map((m) => (m.key === key ? { ...m, state, settledAt: at } : m));
}

function since(markers: readonly EventMarker[], kind: MarkerKind, from: string): EventMarker[] {
  return copyOf(markers.filter((m) => m.kind === kind && m.claimedAt >= from).sort((a, b) => a.claimedAt.localeCompare(b.claimedAt)));
}

export class LowdbEventMarkers implements EventMarkerRepository {
  readonly #file: SingleJsonDocument<MarkerFile>;

  constructor(filePath: string) {
    this.#file = new SingleJsonDocument<MarkerFile>(filePath, { version: 1, items: [] }, (v) => listShapeProblem(v, 'key'));
  }

  async claim(marker: Omit<EventMarker, 'state' | 'settledAt'>): Promise<boolean> {
    let won = false;
    await this.#file.change(({ items }) => {
      if (items.some((m) => m.key === marker.key)) return undefined;
      won = true;
      return { version: 1, items: [...items, { ...copyOf(marker), state: 'claimed' }] };
    });
    return won;
  }

  settle(key: string, state: Exclude<MarkerState, 'claimed'>, at: string): Promise<void> {
    return this.#file.change(({ items }) => {
      const next = settled(items, key, state, at);
      return next && { version: 1, items: next };
    });
  }

  async find(key: string): Promise<EventMarker | undefined> {
    const found = (await this.#file.read()).items.find((m) => m.key === key);
    return found && copyOf(found);
  }

  async listSince(kind: MarkerKind, from: string): Promise<EventMarker[]> {
    return since((await this.#file.read()).items, kind, from);
  }

  close(): Promise<void> {
    return this.#file.close();
  }
}

export class MemoryEventMarkers implements EventMarkerRepository {
  #items: EventMarker[] = [];

  async claim(marker: Omit<EventMarker, 'state' | 'settledAt'>): Promise<boolean> {
    if (this.#items.some((m) => m.key === marker.key)) return false;
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
}

/**
 * Short-lived per-conversation context: the last topic (for follow-ups such
 * as "and Silver?"), how many turns in a row were not understood, and recent
 * turns for a hand-off transcript. Kept in memory on purpose: it must never
 * rewrite the domain store, and it expires so memory stays flat under load.
 */
import type { Language } from '../domain/model.js';
import type { Entities } from '../nlu/entityExtractor.js';
import type { Intent } from '../nlu/intents.js';

export interface TranscriptLine {
  readonly from: 'user' | 'bot';
  readonly text: string;
  readonly at: string;
}

export interface ConversationState {
  lastIntent?: Intent;
  lastEntities?: Entities;
  notUnderstoodInARow: number;
  language?: Language;
  transcript: TranscriptLine[];
  /** Free slots features use for multi-step walk-throughs. */
  pending?: { readonly kind: string; readonly data: Readonly<Record<string, unknown>> };
}

interface Entry {
  state: ConversationState;
  touchedAt: number;
}

const TRANSCRIPT_LIMIT = 20;

export class ConversationMemory {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs = 30 * 60_000,
    private readonly maxEntries = 50_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): ConversationState {
    const entry = this.entries.get(key);
    const time = this.now();
    if (entry && time - entry.touchedAt < this.ttlMs) {
      // Re-insert so Map order is least-recently-used first.
      this.entries.delete(key);
      entry.touchedAt = time;
      this.entries.set(key, entry);
      return entry.state;
    }
    const state: ConversationState = { notUnderstoodInARow: 0, transcript: [] };
    this.entries.set(key, { state, touchedAt: time });
    this.evict(time);
    return state;
  }

  size(): number {
    return this.entries.size;
  }

  static remember(state: ConversationState, line: TranscriptLine): void {
    state.transcript.push(line);
    if (state.transcript.length > TRANSCRIPT_LIMIT) state.transcript.splice(0, state.transcript.length - TRANSCRIPT_LIMIT);
  }

  private evict(time: number): void {
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries && time - entry.touchedAt < this.ttlMs) break;
      this.entries.delete(key);
    }
  }
}

/**
 * Short-lived per-conversation context: the last topic (for follow-ups such
 * as "and Silver?"), how many turns in a row were not understood, and recent
 * turns for a hand-off transcript. Loaded at the start of a turn and saved at
 * its end through the store's context repository, so the next turn finds it
 * whichever replica takes it. It never touches the domain store, and it
 * expires 30 minutes after the conversation's last turn.
 */
import type { Language } from '../domain/model.js';
import type { ConversationContextRepository } from '../domain/sharedState.js';
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

const TRANSCRIPT_LIMIT = 20;
const KEEP_FOR_MS = 30 * 60_000;

export class ConversationMemory {
  constructor(
    private readonly contexts: ConversationContextRepository,
    private readonly keepForMs = KEEP_FOR_MS,
  ) {}

  /** The conversation's context, or a fresh one when it has none (or it expired). */
  async load(key: string): Promise<ConversationState> {
    const found = (await this.contexts.find(key)) as Partial<ConversationState> | undefined;
    // The stored context may be frozen: the turn changes its own top level and transcript (lines are never changed).
    const transcript = Array.isArray(found?.transcript) ? [...found.transcript] : [];
    return { notUnderstoodInARow: 0, ...found, transcript };
  }

  save(key: string, state: ConversationState): Promise<void> {
    return this.contexts.save(key, state as unknown as Readonly<Record<string, unknown>>, this.keepForMs);
  }

  /**
   * Adds a line to the transcript. A conversation often gets the same answer
   * again (a question asked twice, a balance checked after each use): the
   * line then points at the text the transcript already holds instead of
   * keeping another copy. Under the bench's personal questions, twenty-line
   * transcripts of one repeated answer were three quarters of every kept
   * context (16 KB each).
   */
  static remember(state: ConversationState, line: TranscriptLine): void {
    const same = state.transcript.find((earlier) => earlier.text === line.text);
    state.transcript.push(same ? { ...line, text: same.text } : line);
    if (state.transcript.length > TRANSCRIPT_LIMIT) state.transcript.splice(0, state.transcript.length - TRANSCRIPT_LIMIT);
  }
}

/**
 * Questions the bot could not answer, kept so the helpdesk can see what to
 * add to the corpus. Only masked text is stored (anything ID-like is masked
 * before it gets here), and entries older than the retention period are
 * deleted by the scan that writes the digest.
 */
import type { Language } from '../model.js';

export interface UnansweredQuestion {
  /** Idempotency key: the same turn recorded twice is one entry. */
  readonly key: string;
  readonly at: string;
  readonly language: Language;
  /** Masked and shortened. */
  readonly text: string;
}

export interface UnansweredQuestionRepository {
  /** False when an entry with this key exists already. */
  record(question: UnansweredQuestion): Promise<boolean>;
  /** Entries at or after `since` (ISO), oldest first. */
  listSince(since: string): Promise<UnansweredQuestion[]>;
  /** Deletes entries older than `cutoff` (ISO); returns how many. */
  purgeBefore(cutoff: string): Promise<number>;
}

/** Longest question text kept. */
export const UNANSWERED_TEXT_LIMIT = 300;

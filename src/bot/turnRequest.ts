/**
 * The shapes handlers work with. A handler gets what the turn is about (its
 * feature already holds the services it needs); it answers with replies. It
 * never sees botbuilder's TurnContext, so features can be tested without an
 * adapter.
 */
import type { Language, Requester } from '../domain/model.js';
import type { StoredReference } from '../domain/repositories.js';
import type { Understanding } from '../nlu/nluModel.js';
import type { ConversationState } from './conversationMemory.js';
import type { CardRef, Reply } from './reply.js';

export interface TurnRequest {
  readonly requester: Requester;
  readonly language: Language;
  /** 1:1 chat with the bot: the only place secrets are shown unmasked. */
  readonly personalChat: boolean;
  readonly conversationId: string;
  /** The sender's channel id (29:…) as Teams sends it, for proactive messages. */
  readonly fromId: string;
  readonly text: string;
  readonly state: ConversationState;
  /** Where this turn happened, for features that write here later (the helpdesk channel). */
  readonly reference?: StoredReference;
}

export interface IntentRequest extends TurnRequest {
  readonly understanding: Understanding;
}

export interface VerbRequest extends TurnRequest {
  /** Untrusted: whatever the card (or a forger) sent. Validate every field. */
  readonly data: Readonly<Record<string, unknown>>;
  /** True for Action.Execute (adaptiveCard/action invoke), false for Action.Submit. */
  readonly invoke: boolean;
}

export interface VerbResult {
  readonly replies: Reply[];
  /** For Action.Execute: the card that replaces the one clicked. */
  readonly updatedCard?: CardRef;
}

/**
 * Who processes a pending request. Activation is done by people and takes
 * days: by default the helpdesk gets it (a card to approve or reject); the
 * demo processor, chosen in config, approves by itself after a delay so the
 * whole flow can be tried locally in a minute.
 */
import type { ActivationRequest } from '../repositories.js';

export interface ActivationProcessor {
  readonly kind: 'helpdesk' | 'demo';
  /** A request was just stored: hand it on. */
  submitted(request: ActivationRequest): Promise<void>;
  /** Start-up: the pending requests found in the store. */
  start(pending: readonly ActivationRequest[]): Promise<void>;
  stop(): Promise<void>;
}

/** Where the helpdesk processor hands requests (the helpdesk channel, in the bot layer). */
export interface HelpdeskInbox {
  /** False when there is no channel to post to yet; agents then use the chat queue. */
  post(request: ActivationRequest): Promise<boolean>;
}

export class HelpdeskActivationProcessor implements ActivationProcessor {
  readonly kind = 'helpdesk';

  constructor(
    private readonly inbox: HelpdeskInbox,
    private readonly onError: (error: unknown, request: ActivationRequest) => void,
  ) {}

  async submitted(request: ActivationRequest): Promise<void> {
    // The request is already stored; a failed post leaves it in the agents' queue, not lost.
    await this.inbox.post(request).catch((error: unknown) => this.onError(error, request));
  }

  /** Nothing to do: pending requests stay in the queue agents list by chat, and re-posting would duplicate cards. */
  async start(): Promise<void> {}

  async stop(): Promise<void> {}
}

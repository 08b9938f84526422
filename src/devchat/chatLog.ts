/**
 * What the bot "sent to Teams" in developer mode: every activity the local
 * connector received, per conversation, kept in memory so a reloaded page can
 * replay its history, and pushed to live listeners (the page's event stream).
 */
import { EventEmitter } from 'node:events';

export type ChatEventKind = 'activity' | 'update' | 'delete' | 'typing';

export interface ChatEvent {
  readonly seq: number;
  readonly kind: ChatEventKind;
  readonly conversationId: string;
  readonly activityId: string;
  readonly activity?: Record<string, unknown>;
  readonly at: string;
}

export type ChatListener = (event: ChatEvent) => void;

/** Channel thread replies carry ";messageid=…"; the page shows one pane per channel. */
export function baseConversationId(conversationId: string): string {
  return conversationId.split(';')[0] ?? conversationId;
}

export class DevChatLog {
  private readonly events: ChatEvent[] = [];
  private readonly emitter = new EventEmitter();
  private seq = 0;

  constructor(private readonly maxEvents = 2000) {
    // One listener per open page pane; a handful of tabs is normal.
    this.emitter.setMaxListeners(100);
  }

  nextActivityId(): string {
    return `devchat-${Date.now().toString(36)}-${++this.seq}`;
  }

  record(kind: ChatEventKind, conversationId: string, activityId: string, activity?: Record<string, unknown>): ChatEvent {
    const event: ChatEvent = {
      seq: ++this.seq,
      kind,
      conversationId: baseConversationId(conversationId),
      activityId,
      activity,
      at: new Date().toISOString(),
    };
    // Typing indicators are live-only: replaying them after a reload means nothing.
    if (kind !== 'typing') {
      this.events.push(event);
      if (this.events.length > this.maxEvents) this.events.shift();
    }
    this.emitter.emit('event', event);
    return event;
  }

  history(conversationId: string): ChatEvent[] {
    const id = baseConversationId(conversationId);
    return this.events.filter((e) => e.conversationId === id);
  }

  /** The latest version of an activity (after updates), or undefined once deleted. */
  find(conversationId: string, activityId: string): Record<string, unknown> | undefined {
    let found: Record<string, unknown> | undefined;
    for (const e of this.history(conversationId)) {
      if (e.activityId !== activityId) continue;
      found = e.kind === 'delete' ? undefined : e.activity;
    }
    return found;
  }

  subscribe(conversationId: string, listener: ChatListener): () => void {
    const id = baseConversationId(conversationId);
    const filtered = (event: ChatEvent): void => {
      if (event.conversationId === id) listener(event);
    };
    this.emitter.on('event', filtered);
    return () => this.emitter.off('event', filtered);
  }
}

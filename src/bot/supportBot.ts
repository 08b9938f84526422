/**
 * The Teams activity handler. Routing only: it turns an activity into a turn
 * request and hands it to the conversation router; card actions go to the verb
 * table. What to answer lives in the features.
 */
import {
  TeamsActivityHandler,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type InvokeResponse,
} from 'botbuilder';
import type { StoredReference } from '../domain/repositories.js';
import type { BotServices } from './botServices.js';
import { ADAPTIVE_CARD_CONTENT_TYPE } from './cards/cardRenderer.js';
import { ConversationMemory } from './conversationMemory.js';
import type { ConversationRouter } from './conversationRouter.js';
import { chooseLanguage, localeLanguage } from './languageChoice.js';
import { toActivity, type Reply } from './reply.js';
import { readTurn, type TurnFacts } from './turnReader.js';
import type { TurnRequest } from './turnRequest.js';

export class SupportBot extends TeamsActivityHandler {
  constructor(
    private readonly services: Pick<BotServices, 'config' | 'identity' | 'proactive' | 'cards' | 'logger'>,
    private readonly router: ConversationRouter,
    private readonly memory: ConversationMemory,
  ) {
    super();
    this.onMessage(async (context, next) => {
      TurnContext.removeRecipientMention(context.activity);
      const request = await this.turnRequest(context);
      if (!request) return next();
      const facts = readTurn(context.activity);
      const replies = facts.value ? await this.router.onCardSubmit(request, facts.value) : await this.router.onText(request);
      await this.send(context, replies, request);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const added = context.activity.membersAdded ?? [];
      const facts = readTurn(context.activity);
      // In a 1:1 chat greet the user; in teams and group chats only when the bot itself joins.
      if (added.some((m) => m.id === botId) || (facts.personalChat && added.length > 0)) {
        const request = await this.turnRequest(context);
        if (request) await this.send(context, await this.router.welcome(request), request);
      }
      await next();
    });
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name === 'adaptiveCard/action') return super.onInvokeActivity(context);
    return { status: 400, body: { error: `The invoke "${context.activity.name ?? ''}" is not supported by this bot.` } };
  }

  protected override async onAdaptiveCardInvoke(context: TurnContext, value: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const request = await this.turnRequest(context);
    if (!request) return { statusCode: 403, type: 'application/vnd.microsoft.error', value: { code: 'TenantNotAllowed', message: 'This tenant may not use the bot.' } as never };
    const data = typeof value.action.data === 'object' && value.action.data !== null ? (value.action.data as Record<string, unknown>) : {};
    const result = await this.router.onCardExecute(request, value.action.verb, data);
    await this.send(context, result.replies, request);
    const card = result.updatedCard ? this.services.cards.renderRef(result.updatedCard) : undefined;
    if (!card) return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: (result.replies[0]?.text ?? '') as never };
    return { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: card.content as never };
  }

  /** Builds the handler-facing request; undefined when the tenant is refused (already answered). */
  private async turnRequest(context: TurnContext): Promise<TurnRequest | undefined> {
    const facts: TurnFacts = readTurn(context.activity);
    const state = await this.memory.load(contextKey(facts));
    const language = chooseLanguage(facts.text, facts.locale, state.language ?? localeLanguage(facts.locale));
    state.language = language;
    const allowed = this.services.config.allowedTenants;
    if (allowed.length > 0 && (!facts.tenantId || !allowed.includes(facts.tenantId))) {
      this.services.logger.warn({ tenant: facts.tenantId }, 'tenant not on the allow-list');
      if (context.activity.type === 'message') await this.send(context, [this.router.tenantRefused(language)], undefined);
      return undefined;
    }
    const requester = await this.services.identity.resolve(facts.tenantId, facts.aadObjectId);
    // Messages and installs carry the chat's address; a card click comes from a chat the bot already wrote to.
    if (requester.known && facts.personalChat && context.activity.type !== 'invoke') await this.services.proactive.remember(requester.person, context.activity);
    return {
      requester,
      language,
      personalChat: facts.personalChat,
      conversationId: facts.conversationId,
      fromId: facts.fromId,
      text: facts.text,
      state,
      reference: TurnContext.getConversationReference(context.activity) as unknown as StoredReference,
    };
  }

  /**
   * Saves the conversation's context, then sends the replies: the context is
   * stored before the user can answer, so the next turn (on any replica) has it.
   */
  private async send(context: TurnContext, replies: Reply[], request: TurnRequest | undefined): Promise<void> {
    const at = new Date().toISOString();
    if (request) {
      for (const reply of replies) ConversationMemory.remember(request.state, { from: 'bot', text: reply.text, at });
      await this.memory.save(contextKey(request), request.state);
    }
    if (replies.length === 0) return;
    await context.sendActivities(replies.map((r) => toActivity(r, this.services.cards)));
  }
}

function contextKey(turn: { readonly conversationId: string; readonly fromId: string }): string {
  return `${turn.conversationId}|${turn.fromId}`;
}

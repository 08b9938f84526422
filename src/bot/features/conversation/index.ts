/**
 * Greeting, help, thanks, and the "ask" verb that runs a topic from a button
 * as if the user had typed it.
 */
import { intentNames, type Intent } from '../../../nlu/intents.js';
import type { Feature, IntentHandler } from '../../feature.js';
import { conversationReplies } from './conversationReplies.js';

export interface ConversationDeps {
  /** Every topic's handler: the router's table, read when a button is clicked (it is built from this feature too). */
  readonly allIntents: () => Readonly<Record<Intent, IntentHandler>>;
}

export function createConversationFeature({ allIntents }: ConversationDeps): Feature<'greeting' | 'help' | 'thanks', 'ask'> {
  return {
    intents: {
      greeting: (request) => conversationReplies.welcome(request),
      help: (request) => conversationReplies.help(request),
      thanks: async (request) => [conversationReplies.thanks(request.language)],
    },
    verbs: {
      ask: async (request) => {
        const intent = request.data.intent;
        if (typeof intent !== 'string' || !(intentNames as string[]).includes(intent)) {
          return { replies: [conversationReplies.malformed(request.language, 'intent')] };
        }
        const chosen = intent as Intent;
        request.state.lastIntent = chosen;
        const understanding = { intent: chosen, score: 1, alternatives: [], language: request.language, entities: { idLikeTokens: [] } };
        return { replies: await allIntents()[chosen]({ ...request, understanding }) };
      },
    },
  };
}

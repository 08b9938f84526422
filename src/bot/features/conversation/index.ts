/**
 * Greeting, help, thanks, and the "ask" verb that runs a topic from a button
 * as if the user had typed it.
 */
import { intentNames, type Intent } from '../../../nlu/intents.js';
import type { FeatureModule } from '../../featureModule.js';
import type { IntentHandler } from '../../turnRequest.js';
import { conversationReplies } from './conversationReplies.js';

export function conversationFeature(allIntents: () => Readonly<Record<Intent, IntentHandler>>): FeatureModule<'greeting' | 'help' | 'thanks', 'ask'> {
  return {
    intents: {
      greeting: (request, services) => conversationReplies.welcome(request, services),
      help: (request, services) => conversationReplies.help(request, services),
      thanks: async (request) => [conversationReplies.thanks(request.language)],
    },
    verbs: {
      ask: async (request, services) => {
        const intent = request.data.intent;
        if (typeof intent !== 'string' || !(intentNames as string[]).includes(intent)) {
          return { replies: [conversationReplies.malformed(request.language, 'intent')] };
        }
        const chosen = intent as Intent;
        request.state.lastIntent = chosen;
        const understanding = { intent: chosen, score: 1, alternatives: [], language: request.language, entities: { idLikeTokens: [] } };
        return { replies: await allIntents()[chosen]({ ...request, understanding }, services) };
      },
    },
  };
}

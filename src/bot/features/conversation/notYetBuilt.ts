// Temporary answer for topics whose feature is still being built.
import { textReply } from '../../reply.js';
import type { IntentHandler, VerbHandler } from '../../turnRequest.js';

export const notYetBuilt: IntentHandler = async (request) => [
  textReply(request.language === 'ja' ? 'この機能は準備中です。' : 'This part of the bot is not available yet.'),
];
export const notYetBuiltVerb: VerbHandler = async (request, services) => ({ replies: await notYetBuilt({ ...request, understanding: { intent: 'None', score: 0, alternatives: [], language: request.language, entities: { idLikeTokens: [] } } }, services) });

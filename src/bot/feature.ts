/**
 * A feature contributes intent handlers, card-verb handlers and, optionally,
 * interceptors that see a message before language understanding (the
 * hand-off relay uses one to forward messages while a ticket is assigned).
 */
import type { BotServices } from './botServices.js';
import type { Reply } from './reply.js';
import type { TurnRequest } from './turnRequest.js';

export type TurnInterceptor = (request: TurnRequest, services: BotServices) => Promise<Reply[] | undefined>;

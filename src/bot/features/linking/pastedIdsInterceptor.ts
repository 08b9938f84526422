/**
 * While a link walk-through is open, a message carrying IDs completes it
 * (users paste "Access ID … Contract ID …" instead of using the card). It
 * runs before language understanding, which would see only noise in IDs. A
 * message without IDs, or one quoting a portal error, is a new question and
 * passes through.
 */
import { hasAnyId, idsInText } from '../../../domain/linking/index.js';
import { extractEntities } from '../../../nlu/entityExtractor.js';
import type { TurnInterceptor } from '../../feature.js';
import { checkAndLink, pendingLink, startLinking } from './linkingFlow.js';
import type { LinkingServices } from './linkingServices.js';

export function pastedIdsInterceptor(services: LinkingServices): TurnInterceptor {
  return async (request) => {
    const pending = pendingLink(request.state);
    if (!pending) return undefined;
    const ids = idsInText(request.text);
    if (!hasAnyId(ids) || extractEntities(request.text).errorMessage) return undefined;
    request.state.lastIntent = 'linkContract';
    return pending.support ? checkAndLink(request, services, pending.support, ids) : startLinking(request, services, undefined, ids);
  };
}

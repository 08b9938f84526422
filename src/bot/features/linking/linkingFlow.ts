/**
 * The steps of linking, shared by typed messages and card actions: choose
 * the support, collect the IDs (card or pasted text), check and link. The
 * pending slot remembers the support chosen (and IDs pasted before it was
 * chosen) so the next message or card completes the walk-through.
 */
import { hasAnyId, type SupportKind, type TypedIds } from '../../../domain/linking/index.js';
import type { ConversationState } from '../../conversationMemory.js';
import type { Reply } from '../../reply.js';
import type { TurnRequest } from '../../turnRequest.js';
import type { LinkingServices } from './linkingServices.js';
import { outcomeReply } from './outcomeReplies.js';
import { chooseSupportReply, generalStepsReply, idsCardReply } from './walkThroughReplies.js';

export const PENDING_KIND = 'linkIds';

export interface PendingLink {
  readonly support?: SupportKind;
  readonly ids?: TypedIds;
}

export function pendingLink(state: ConversationState): PendingLink | undefined {
  return state.pending?.kind === PENDING_KIND ? (state.pending.data as PendingLink) : undefined;
}

function remember(state: ConversationState, pending: PendingLink | undefined): void {
  state.pending = pending ? { kind: PENDING_KIND, data: { ...pending } } : undefined;
}

/** The start: ask which support, unless the message already said. */
export async function startLinking(request: TurnRequest, services: LinkingServices, support: SupportKind | undefined, ids: TypedIds): Promise<Reply[]> {
  if (!request.requester.known) return [generalStepsReply(services.program, request.language, support)];
  if (support) return chooseSupport(request, services, support, ids);
  remember(request.state, hasAnyId(ids) ? { ids } : {});
  return [chooseSupportReply(request.language, request.personalChat)];
}

/** The support is known: refuse what cannot fit, link IDs already given, or show the ID card. */
export async function chooseSupport(request: TurnRequest, services: LinkingServices, support: SupportKind, given: TypedIds = {}): Promise<Reply[]> {
  const { requester, language, personalChat } = request;
  if (!requester.known) return [generalStepsReply(services.program, language, support)];
  const precheck = await services.linking.precheck(requester.company, support);
  if (precheck) {
    remember(request.state, undefined);
    return [outcomeReply(precheck, { company: requester.company, language, personalChat, reader: requester.person, today: services.clock.today() }, services.program)];
  }
  const ids = hasAnyId(given) ? given : (pendingLink(request.state)?.ids ?? {});
  if (hasAnyId(ids)) return checkAndLink(request, services, support, ids);
  remember(request.state, { support });
  return [idsCardReply(services.program, requester.company, support, language, personalChat)];
}

/** Checks the IDs and links on success; a failure keeps the walk-through open for another try. */
export async function checkAndLink(request: TurnRequest, services: LinkingServices, support: SupportKind, ids: TypedIds): Promise<Reply[]> {
  const { requester, language, personalChat } = request;
  if (!requester.known) return [generalStepsReply(services.program, language, support)];
  const outcome = await services.linking.link(requester.person, requester.company, support, ids);
  // Codes and store keys only: never the IDs or what was typed.
  services.logger.info({ outcome: outcome.code, rules: outcome.rules, support, contract: outcome.contract?.id, saved: outcome.saved }, 'link attempt');
  const done = outcome.code === 'linked' || outcome.code === 'alreadyLinked';
  remember(request.state, done ? undefined : { support });
  return [outcomeReply(outcome, { company: requester.company, language, personalChat, reader: requester.person, today: services.clock.today() }, services.program)];
}

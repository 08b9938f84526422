/**
 * Approve / Reject on the helpdesk's card. Every click is re-checked: the
 * clicker must be a helpdesk agent in the store, the request must exist, and
 * typed IDs must be well-formed. A decided request answers with its decided
 * card and changes nothing, so double clicks and replays are harmless.
 */
import type { DecisionResult, EnteredIds } from '../../../domain/activation/index.js';
import type { Language, Person } from '../../../domain/model.js';
import type { ActivationRequest } from '../../../domain/repositories.js';
import type { ActivationServices, ActivationVerb } from './activationServices.js';
import { answerReply } from '../../cards/answerCard.js';
import type { VerbRequest, VerbResult } from '../../turnRequest.js';
import { conversationReplies } from '../conversation/conversationReplies.js';
import { refusal } from './activateVerb.js';
import { idField, inputField } from './cardData.js';
import { helpdeskCard, idInputName } from './helpdeskCard.js';
import { helpdeskMessages } from './helpdeskMessages.js';
import { formatTime } from '../../presentation/index.js';

export function helpdeskAgent(request: VerbRequest | { requester: VerbRequest['requester'] }): Person | undefined {
  const { requester } = request;
  return requester.known && requester.person.roles.includes('helpdeskAgent') ? requester.person : undefined;
}

async function decidedStatus(decided: ActivationRequest, notified: boolean | undefined, agent: Person, language: Language, services: ActivationServices): Promise<string> {
  const m = helpdeskMessages.for(language);
  const by = decided.decidedBy ?? '';
  const name = by === agent.aadObjectId ? agent.name : ((await services.repos.directory.findPerson(agent.tenantId, by))?.name ?? by);
  const at = formatTime(decided.decidedAt ?? '', language);
  if (decided.status === 'rejected') return m('rejected', { name, at, reason: decided.reason ?? '' });
  return m(notified === false ? 'approvedUnreached' : 'approved', { name, at });
}

function problemReply(language: Language, result: Extract<DecisionResult, { ok: false }>): VerbResult {
  const m = helpdeskMessages.for(language);
  if (result.problem === 'notFound') return { replies: [answerReply({ title: m('queueTitle'), summary: m('notFound') })] };
  const summary = result.field === 'reason' ? m('reasonRequired') : m('invalidId', { field: result.field ?? '' });
  return { replies: [answerReply({ title: m('queueTitle'), summary })] };
}

function decisionVerb(kind: 'approve' | 'reject'): ActivationVerb {
  return async (request, services) => {
    const agent = helpdeskAgent(request);
    if (!agent) return { replies: [conversationReplies.refusal(request.language, 'forbidden')] };
    const tenantId = idField(request.data, 'tenantId');
    const requestId = idField(request.data, 'requestId');
    if (!tenantId || !requestId) return refusal(request, { problem: 'malformed', field: tenantId ? 'requestId' : 'tenantId' });
    const { completion } = services;
    const decider = { kind: 'agent', person: agent } as const;
    let result: DecisionResult;
    if (kind === 'approve') {
      const entered: EnteredIds = {};
      for (const benefit of ['productSupport', 'signatureCloudSupport'] as const) {
        const accessId = inputField(request.data, idInputName(benefit, 'accessId'));
        const contractId = inputField(request.data, idInputName(benefit, 'contractId'));
        if (accessId === undefined || contractId === undefined) return refusal(request, { problem: 'malformed', field: benefit });
        entered[benefit] = { accessId, contractId };
      }
      result = await completion.approve(tenantId, requestId, decider, entered);
    } else {
      const reason = inputField(request.data, 'reason');
      if (reason === undefined) return refusal(request, { problem: 'malformed', field: 'reason' });
      result = await completion.reject(tenantId, requestId, decider, reason);
    }
    if (!result.ok) return problemReply(request.language, result);
    const status = await decidedStatus(result.request, result.notified, agent, request.language, services);
    return { replies: [], updatedCard: await helpdeskCard(result.request, status, request.language, services) };
  };
}

export const approveActivationVerb = decisionVerb('approve');
export const rejectActivationVerb = decisionVerb('reject');

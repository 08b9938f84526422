/**
 * "What's the status of our activation?", answered from the store: the
 * company's activation state and its latest request (who, when, outcome,
 * reason), with how long processing usually takes.
 */
import type { ActivationServices } from './activationServices.js';
import { answerReply } from '../../cards/answerCard.js';
import { askButton } from '../conversation/conversationReplies.js';
import type { Reply } from '../../reply.js';
import type { TurnRequest } from '../../turnRequest.js';
import { requesterName } from './checkReplies.js';
import { flowMessages } from './flowMessages.js';
import { formatDate, formatTime, peopleList, requestedBy } from '../../presentation/index.js';

export async function statusReplies(request: TurnRequest, services: ActivationServices): Promise<Reply[]> {
  const { requester, language } = request;
  const m = flowMessages.for(language);
  if (!requester.known) return [answerReply({ title: m('statusTitle'), summary: m('statusUnknown') })];
  const { company, person } = requester;
  const { service } = services;
  const latest = await service.latest(company.tenantId);
  const duration = services.program.activationProcessingTime()[language];
  const name = (id: string | undefined) => requesterName(services, company.tenantId, id);
  const answer = (summary: string, notes: string[] = [], withButton = false): Reply[] => [
    answerReply({ title: m('statusTitle'), summary, notes, buttons: withButton ? [askButton(language, 'activationRequest')] : [] }),
  ];
  const { activation } = company;
  if (activation.status === 'pending') {
    const at = activation.requestedAt ?? latest?.requestedAt ?? '';
    return answer(m('statusPending', { requested: requestedBy({ name: await name(activation.requestedBy ?? latest?.requestedBy), at }, language), duration }));
  }
  if (activation.status === 'activated') {
    if (latest?.status === 'approved') return answer(m('statusApproved', { at: formatTime(latest.decidedAt ?? '', language), name: await name(latest.requestedBy) }));
    return answer(m('statusActivated', { company: company.name, date: formatDate(activation.activatedAt ?? '', language) }));
  }
  const mayActivate = services.program.mayActivate(person.roles);
  if (latest?.status === 'rejected') {
    const summary = m('statusRejected', {
      requested: requestedBy({ name: await name(latest.requestedBy), at: latest.requestedAt }, language),
      decidedAt: formatTime(latest.decidedAt ?? '', language),
      reason: latest.reason ?? '',
    });
    return answer(summary, [m('statusRejectedAgain')], mayActivate);
  }
  const admins = peopleList((await service.admins(company.tenantId)).map((a) => a.name), language);
  return answer(m('statusNone', { company: company.name }), [mayActivate ? m('statusNoneAdmin') : m('statusNoneOthers', { names: admins })], mayActivate);
}

/**
 * The "activate" verb. Step "start" (a button on another card) runs the checks
 * as if typed; "confirm" (the activation card's Activate) stores the request
 * once and hands it to the processor; "refresh" (the card's Universal Actions
 * refresh) only re-reads. Confirm and refresh answer with the card in its
 * current state, so a second click shows "Requested" and creates nothing.
 */
import type { Requester } from '../../../domain/model.js';
import type { ActivationServices, ActivationVerb } from './activationServices.js';
import type { VerbRequest, VerbResult } from '../../turnRequest.js';
import { conversationReplies } from '../conversation/conversationReplies.js';
import { activatedAnswer } from './activatedAnswer.js';
import { activationCard } from './activationCard.js';
import { activationReply } from './activationCardText.js';
import { idField, ownCard } from './cardData.js';
import { checkReplies, requesterName } from './checkReplies.js';
import { answerReply } from '../../cards/answerCard.js';

const STEPS = ['start', 'confirm', 'refresh'] as const;
type Step = (typeof STEPS)[number];

export function refusal(request: VerbRequest, problem: { problem: 'malformed'; field: string } | { problem: 'forbidden' }): VerbResult {
  const reply = problem.problem === 'forbidden' ? conversationReplies.refusal(request.language, 'forbidden') : conversationReplies.malformed(request.language, problem.field);
  return { replies: [reply] };
}

/** The card as it stands now for this user, re-read from the store. */
async function currentCard(request: VerbRequest, requester: Extract<Requester, { known: true }>, services: ActivationServices): Promise<VerbResult> {
  const { service } = services;
  const company = (await services.repos.directory.findCompany(requester.company.tenantId)) ?? requester.company;
  const fresh = { ...requester, company };
  const check = await service.check(fresh);
  const plan = await service.plan(company);
  const name = await requesterName(services, company.tenantId, company.activation.requestedBy);
  const owner = { aadObjectId: requester.person.aadObjectId, channelUserId: request.fromId };
  const input = { company, plan, check, owner, requesterName: name, language: request.language };
  const cardStates = ['mayActivate', 'alreadyRequested', 'alreadyActivated'];
  const replies = cardStates.includes(check.outcome) ? [] : await checkReplies({ ...request, requester: fresh }, check, services);
  // Action.Submit has no card to replace: the card goes out as a new message, with its key fact as text.
  if (!request.invoke) return { replies: [...replies, activationReply(input, services)] };
  return { replies, updatedCard: activationCard(input, services) };
}

export const activateVerb: ActivationVerb = async (request, services) => {
  const rawStep = request.data.step ?? 'start';
  const step = STEPS.find((s) => s === rawStep) as Step | undefined;
  if (!step) return refusal(request, { problem: 'malformed', field: 'step' });
  const runtime = services;
  if (step === 'start') {
    // A button elsewhere may name no one; if it does name someone, it must be the clicker.
    if (idField(request.data, 'tenantId') !== undefined || idField(request.data, 'userId') !== undefined) {
      const own = ownCard(request.requester, request.data);
      if (!own.ok) return refusal(request, own);
    }
    return { replies: await checkReplies(request, await runtime.service.check(request.requester), services) };
  }
  const own = ownCard(request.requester, request.data);
  if (!own.ok) return refusal(request, own);
  const { requester } = request;
  if (!requester.known) return { replies: await checkReplies(request, await runtime.service.check(requester), services) };
  if (step === 'confirm') {
    const result = await runtime.service.request(requester, request.language);
    if (result.ok && result.created) await runtime.processor.submitted(result.request);
    if (!result.ok && result.check.outcome === 'alreadyActivated') {
      // An admin answering someone's "please activate": show them what they already have.
      const current = await currentCard(request, requester, services);
      const answer = await activatedAnswer(requester.company, requester.person, request.personalChat, request.language, services);
      return { ...current, replies: [answerReply(answer)] };
    }
  }
  return currentCard(request, requester, services);
};

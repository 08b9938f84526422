/**
 * The proactive message that closes a request, in the language the requester
 * used: approved → the new Access ID and Contract ID (1:1 chat: the stored
 * reference is a personal one; whole only if the requester, re-read from the
 * directory, may still see them) and the next steps; rejected → the reason.
 */
import type { ActivationNotifier } from '../../../domain/activation/index.js';
import type { Contract } from '../../../domain/model.js';
import type { ActivationRequest } from '../../../domain/repositories.js';
import type { ActivationDeps } from './activationServices.js';
import { answerReply } from '../../cards/answerCard.js';
import type { Reply } from '../../reply.js';
import { helpdeskButton } from '../conversation/conversationReplies.js';
import { secretsVisibleTo } from './activatedAnswer.js';
import { contractStandings } from '../../../domain/entitlement/index.js';
import { contractFacts, formatTime } from '../../presentation/index.js';
import { nextStepLinks, nextSteps } from './nextSteps.js';
import { flowMessages } from './flowMessages.js';

export async function completionReply(request: ActivationRequest, contracts: readonly Contract[], services: ActivationDeps): Promise<Reply> {
  const language = request.language ?? 'en';
  const m = flowMessages.for(language);
  const company = (await services.repos.directory.findCompany(request.tenantId))?.name ?? request.tenantId;
  const at = formatTime(request.requestedAt, language);
  const reader = await services.repos.directory.findPerson(request.tenantId, request.requestedBy);
  if (request.status === 'rejected') {
    return answerReply({
      title: m('rejectedTitle'),
      summary: m('rejected', { company, at, reason: request.reason ?? '' }),
      notes: [m('rejectedNext')],
      buttons: [helpdeskButton(language)],
    });
  }
  return answerReply({
    title: m('completedTitle'),
    summary: m('completed', { company, at }),
    facts: contractFacts(services.program, contractStandings(contracts, services.clock.today()), language, { contracts, visible: secretsVisibleTo(reader, true, services) }),
    sections: [nextSteps(contracts, language)],
    links: nextStepLinks(contracts, services.program, language),
  });
}

export function proactiveNotifier(services: ActivationDeps): ActivationNotifier {
  return {
    async decided(request, contracts) {
      try {
        const reply = await completionReply(request, contracts, services);
        return await services.proactive.sendToUser(request.tenantId, request.requestedBy, [reply]);
      } catch (error) {
        services.logger.error({ err: error, tenant: request.tenantId, request: request.id }, 'activation: could not notify the requester');
        return false;
      }
    },
  };
}

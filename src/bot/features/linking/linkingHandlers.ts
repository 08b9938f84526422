/**
 * Intent and card-verb handlers of the linking feature. Card data is
 * untrusted (a forged submit can carry anything): the support must be one
 * of the two kinds, and the IDs go through the same checks as typed ones.
 */
import { idsInText, isSupportKind, type SupportKind } from '../../../domain/linking/index.js';
import type { Entities } from '../../../nlu/entityExtractor.js';
import type { Reply } from '../../reply.js';
import type { Feature } from '../../feature.js';
import type { VerbRequest, VerbResult } from '../../turnRequest.js';
import { conversationReplies } from '../conversation/conversationReplies.js';
import { diagnosisReply } from './diagnosisReplies.js';
import { checkAndLink, chooseSupport, startLinking } from './linkingFlow.js';
import type { LinkingServices } from './linkingServices.js';

const AZURE = /azure|アジュール|アジュア/i;

/** "link my contract in Azure" / "オンプレミスの契約をリンク": the support, when the words say it. */
export function supportFromWords(entities: Entities, text: string): SupportKind | undefined {
  if (entities.portal === 'azurePortal' || entities.productKind === 'cloud' || AZURE.test(text)) return 'cloud';
  if (entities.portal === 'supportForBusiness' || entities.productKind === 'onPremises') return 'onPremises';
  return undefined;
}

/**
 * Action.Execute replaces the clicked card with the answer (so the inputs,
 * and whatever was typed in them, disappear); Action.Submit posts it.
 */
function verbResult(request: VerbRequest, replies: Reply[]): VerbResult {
  const [only] = replies;
  if (request.invoke && replies.length === 1 && only?.card) return { replies: [], updatedCard: only.card };
  return { replies };
}

function supportOf(request: VerbRequest): SupportKind | undefined {
  return isSupportKind(request.data.support) ? request.data.support : undefined;
}

export function linkingHandlers(services: LinkingServices): Pick<Feature<'linkContract' | 'errorAlreadyAssociated', 'chooseLinkSupport' | 'submitLinkIds'>, 'intents' | 'verbs'> {
  return {
    intents: {
      linkContract: (request) => startLinking(request, services, supportFromWords(request.understanding.entities, request.text), idsInText(request.text)),
      errorAlreadyAssociated: async (request) => {
        const diagnosis = await services.diagnosis.diagnose(request.requester, idsInText(request.text), request.understanding.entities.contractCase);
        services.logger.info({ scenario: diagnosis.scenario, reason: diagnosis.reason, stated: diagnosis.stated, rules: diagnosis.rules, contract: diagnosis.contract?.id }, 'already-associated diagnosis');
        return [diagnosisReply(diagnosis, request.requester, request.language, request.personalChat, services.program, services.clock.today())];
      },
    },
    verbs: {
      chooseLinkSupport: async (request) => {
        const support = supportOf(request);
        if (!support) return { replies: [conversationReplies.malformed(request.language, 'support')] };
        return verbResult(request, await chooseSupport(request, services, support));
      },
      submitLinkIds: async (request) => {
        const support = supportOf(request);
        if (!support) return { replies: [conversationReplies.malformed(request.language, 'support')] };
        const { accessId, contractId } = request.data;
        const ids = { ...(typeof accessId === 'string' ? { accessId } : {}), ...(typeof contractId === 'string' ? { contractId } : {}) };
        return verbResult(request, await checkAndLink(request, services, support, ids));
      },
    },
  };
}

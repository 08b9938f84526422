/**
 * The replies that frame a conversation: welcome and help, "not sure",
 * refusals of bad input. They never depend on language understanding.
 */
import type { Language } from '../../../domain/model.js';
import type { Intent } from '../../../nlu/intents.js';
import { answerReply, type AnswerButton } from '../../cards/answerCard.js';
import { textReply, type Reply } from '../../reply.js';
import type { TurnRequest } from '../../turnRequest.js';
import { conversationMessages } from './conversationMessages.js';
import { topicLabels } from './topicLabels.js';

const SUGGESTED: readonly Intent[] = ['myBenefits', 'incidentsRemaining', 'activationRequest', 'linkContract', 'errorAlreadyAssociated', 'cspServiceRequest'];

/** No "Activate our benefits" for a company whose benefits are active; "status" while a request is pending. */
function suggestionsFor(requester: TurnRequest['requester']): Intent[] {
  const status = requester.known ? requester.company.activation.status : 'notActivated';
  return SUGGESTED.flatMap((intent): Intent[] => {
    if (intent !== 'activationRequest' || status === 'notActivated') return [intent];
    return status === 'pending' ? ['activationStatus'] : [];
  });
}

export function askButton(language: Language, intent: Intent): AnswerButton {
  return { title: topicLabels.for(language)(intent), verb: 'ask', args: { intent } };
}

/** The first `most` topics as buttons. */
function topicButtons(language: Language, topics: ReadonlyArray<{ intent: Intent }>, most: number): AnswerButton[] {
  return topics.slice(0, most).map((t) => askButton(language, t.intent));
}

export function helpdeskButton(language: Language): AnswerButton {
  return { title: conversationMessages.for(language)('helpdeskButton'), verb: 'handoff' };
}

export type RefusalCode = 'unknownAction' | 'tenantNotAllowed' | 'forbidden';

export const conversationReplies = {
  async welcome(request: TurnRequest): Promise<Reply[]> {
    const m = conversationMessages.for(request.language);
    const { requester } = request;
    return [
      answerReply({
        title: m('welcomeTitle'),
        summary: requester.known ? m('welcomeKnown', { name: requester.person.name, company: requester.company.name }) : m('welcomeUnknown'),
        sections: [{ heading: m('canDoHeading'), items: [m('canDo1'), m('canDo2'), m('canDo3'), m('canDo4'), m('canDo5')] }],
        notes: requester.known ? [] : [m('welcomeUnknownNote')],
        buttons: [...suggestionsFor(requester).map((intent) => askButton(request.language, intent)), helpdeskButton(request.language)],
      }),
    ];
  },

  help(request: TurnRequest): Promise<Reply[]> {
    return conversationReplies.welcome(request);
  },

  notSure(request: TurnRequest, alternatives: ReadonlyArray<{ intent: Intent }>): Reply {
    const m = conversationMessages.for(request.language);
    const summary = request.state.notUnderstoodInARow >= 2 ? m('notSureAgain') : m('notSureSummary');
    return answerReply({ title: m('notSureTitle'), summary, buttons: [...topicButtons(request.language, alternatives, 3), helpdeskButton(request.language)] });
  },

  /** Two topics too close to choose between: one short question, a button for each. */
  clarify(request: TurnRequest, both: ReadonlyArray<{ intent: Intent }>): Reply {
    const question = conversationMessages.for(request.language)('clarifyQuestion');
    return answerReply({ title: question, summary: question, buttons: [...topicButtons(request.language, both, 2), helpdeskButton(request.language)] });
  },

  /**
   * A question the program's rules have no answer to (prices, hours, …):
   * said plainly, with the helpdesk and the closest topic the bot does know.
   */
  notCovered(request: TurnRequest, closest: ReadonlyArray<{ intent: Intent }>): Reply {
    const m = conversationMessages.for(request.language);
    return answerReply({ title: m('notCoveredTitle'), summary: m('notCovered'), buttons: [helpdeskButton(request.language), ...topicButtons(request.language, closest, 2)] });
  },

  tooLong(language: Language, maxLength: number): Reply {
    return textReply(conversationMessages.for(language)('tooLong', { length: maxLength }));
  },

  refusal(language: Language, code: RefusalCode): Reply {
    const m = conversationMessages.for(language);
    return answerReply({ title: m('refusalTitle'), summary: m(code) });
  },

  malformed(language: Language, field: string): Reply {
    const m = conversationMessages.for(language);
    return answerReply({ title: m('refusalTitle'), summary: m('malformed', { field }) });
  },

  thanks(language: Language): Reply {
    return textReply(conversationMessages.for(language)('thanks'));
  },
};

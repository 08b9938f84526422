/**
 * The walk-through before any check: which support, the steps in that
 * portal, the card that collects the IDs, and the general answer given to
 * users the bot does not know (it cannot check their IDs).
 */
import type { ProgramData } from '../../../domain/entitlement/index.js';
import { ID_SHAPES, type SupportKind } from '../../../domain/linking/index.js';
import type { Company, Language } from '../../../domain/model.js';
import { answerReply, type AnswerButton, type AnswerSection } from '../../cards/answerCard.js';
import { cardReply, type Reply } from '../../reply.js';
import { walkThroughMessages } from './walkThroughMessages.js';

export function supportName(support: SupportKind, language: Language): string {
  return walkThroughMessages.for(language)(support === 'cloud' ? 'cloudName' : 'onPremisesName');
}

export function portalSteps(support: SupportKind, language: Language): string[] {
  const m = walkThroughMessages.for(language);
  return support === 'cloud' ? [m('cloudStep1'), m('cloudStep2'), m('cloudStep3')] : [m('onPremisesStep1'), m('onPremisesStep2'), m('onPremisesStep3')];
}

export function portalLink(program: ProgramData, support: SupportKind, language: Language): { title: string; url: string } {
  const m = walkThroughMessages.for(language);
  return support === 'cloud'
    ? { title: m('openAzurePortal'), url: program.link('azurePortal') }
    : { title: m('openSupportForBusiness'), url: program.link('supportForBusinessCreate') };
}

export function supportButton(support: SupportKind, language: Language, title?: string): AnswerButton {
  const m = walkThroughMessages.for(language);
  return { title: title ?? m(support === 'cloud' ? 'cloudButton' : 'onPremisesButton'), verb: 'chooseLinkSupport', args: { support } };
}

export function chooseSupportReply(language: Language, personalChat: boolean): Reply {
  const m = walkThroughMessages.for(language);
  return answerReply({
    title: m('chooseTitle'),
    summary: m('chooseSummary'),
    notes: [m('findIdsNote'), ...(personalChat ? [] : [m('privacyNote')])],
    buttons: [supportButton('onPremises', language), supportButton('cloud', language)],
  });
}

/** For users not in the directory: the steps of one portal, or of both. */
export function generalStepsReply(program: ProgramData, language: Language, support?: SupportKind): Reply {
  const m = walkThroughMessages.for(language);
  const kinds: SupportKind[] = support ? [support] : ['onPremises', 'cloud'];
  const sections: AnswerSection[] = kinds.map((kind) => ({
    heading: m(kind === 'cloud' ? 'cloudHeading' : 'onPremisesHeading'),
    items: portalSteps(kind, language),
    numbered: true,
  }));
  return answerReply({
    title: m('chooseTitle'),
    summary: m('unknownSummary'),
    sections,
    notes: [m('findIdsNote')],
    links: kinds.map((kind) => portalLink(program, kind, language)),
  });
}

/** The card with the two inputs; its submit carries the support chosen. */
export function idsCardReply(program: ProgramData, company: Company, support: SupportKind, language: Language, personalChat: boolean): Reply {
  const m = walkThroughMessages.for(language);
  const title = m('idsTitle', { support: supportName(support, language) });
  const intro = m('idsIntro', { company: company.name });
  const steps = portalSteps(support, language).map((step, i) => `${i + 1}. ${step}`);
  const notes = [m('pasteHint'), ...(personalChat ? [] : [m('privacyNote')])];
  const link = portalLink(program, support, language);
  return cardReply(intro, 'linkIds', {
    title,
    intro,
    stepsHeading: m('stepsHeading'),
    steps,
    accessIdLabel: m('accessIdLabel'),
    accessIdPlaceholder: ID_SHAPES.accessId,
    accessIdMissing: m('accessIdMissing'),
    contractIdLabel: m('contractIdLabel'),
    contractIdPlaceholder: ID_SHAPES.contractId,
    contractIdMissing: m('contractIdMissing'),
    notes,
    submitTitle: m('submitButton'),
    support,
    portalTitle: link.title,
    portalUrl: link.url,
    fallbackText: [title, intro, ...steps, ...notes].join('\n'),
  });
}

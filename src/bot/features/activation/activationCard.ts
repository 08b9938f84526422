/**
 * The activation card (cards/activationRequest.json): the benefits the rules
 * derive, with an Activate button (Action.Execute, Action.Submit fallback)
 * while nothing is requested; after the click it shows "Requested by … at …"
 * and no button, so it cannot be clicked into a second request. Its refresh
 * re-reads the state (step "refresh" never creates anything).
 */
import type { ActivationCheck, ActivationPlan } from '../../../domain/activation/index.js';
import type { Company, Language } from '../../../domain/model.js';
import type { ActivationServices } from './activationServices.js';
import type { CardRef } from '../../reply.js';
import { activationMessages } from './activationMessages.js';
import { benefitLine, formatTime, offersText, requestedBy } from '../../presentation/index.js';
import { activationWhy } from './activationWhy.js';

export const ACTIVATION_CARD = 'activationRequest';

export interface ActivationCardInput {
  readonly company: Company;
  readonly plan: ActivationPlan;
  readonly check: ActivationCheck;
  /** Whose card it is: only they may click it. */
  readonly owner: { readonly aadObjectId: string; readonly channelUserId?: string };
  /** Name of whoever requested, when the company's activation is pending. */
  readonly requesterName?: string;
  readonly intro?: string;
  readonly language: Language;
}

/** The line shown instead of the button once something happened. */
function statusLine(input: ActivationCardInput, services: ActivationServices): string {
  const m = activationMessages.for(input.language);
  const { activation } = input.company;
  const duration = services.program.activationProcessingTime()[input.language];
  if (activation.status === 'pending' && activation.requestedAt) {
    return m('cardRequested', { requested: requestedBy({ name: input.requesterName ?? '', at: activation.requestedAt }, input.language, true), duration });
  }
  if (activation.status === 'activated') return m('cardActivated', { at: formatTime(activation.activatedAt ?? '', input.language) });
  return '';
}

/** `besideText`: sent with activationCardText, which already says what the summary would. */
export function activationCard(input: ActivationCardInput, services: ActivationServices, options: { besideText?: boolean } = {}): CardRef {
  const m = activationMessages.for(input.language);
  const duration = services.program.activationProcessingTime()[input.language];
  const ids = { tenantId: input.company.tenantId, userId: input.owner.aadObjectId };
  const benefits = [...input.plan.benefits.map((b) => benefitLine(services.program, b, input.language)), ...(input.plan.cloudExcluded ? [m('cloudExcluded')] : [])];
  const showActivate = input.check.outcome === 'mayActivate';
  const status = showActivate ? '' : statusLine(input, services);
  const summary = options.besideText ? '' : m('cardSummary', { company: input.company.name, duration });
  const why = activationWhy({ outcome: input.check.outcome, company: input.company }, services.program, input.language);
  return {
    name: ACTIVATION_CARD,
    data: {
      title: m('title'),
      intro: input.intro ?? '',
      summary,
      facts: [{ label: m('offers'), value: offersText(services.program, input.company.offers, input.language) }],
      benefitsHeading: m('benefitsHeading'),
      benefits,
      status,
      showActivate,
      activateTitle: m('activateButton'),
      activateData: { verb: 'activate', step: 'confirm', ...ids },
      refreshTitle: m('title'),
      refreshData: { verb: 'activate', step: 'refresh', ...ids },
      refreshUserIds: input.owner.channelUserId ? [input.owner.channelUserId] : [],
      why,
      whyTitle: m('whyTitle'),
      fallbackText: [m('title'), input.intro ?? '', summary, ...benefits, status].filter(Boolean).join('\n'),
    },
  };
}

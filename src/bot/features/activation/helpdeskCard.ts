/**
 * The helpdesk's card for one request (cards/activationHelpdesk.json): who
 * asked, for which company and benefits, fields for the Access ID and Contract
 * ID per benefit (blank = generate), a reason, and Approve / Reject. Once
 * decided it shows who decided and when, with no buttons. IDs never appear
 * on it: it lives in a channel.
 */
import { planFrom } from '../../../domain/activation/index.js';
import type { ActivationRequest, RequestedBenefit } from '../../../domain/repositories.js';
import type { Language } from '../../../domain/model.js';
import type { ActivationDeps } from './activationServices.js';
import type { CardRef } from '../../reply.js';
import { benefitLine, benefitName, formatTime, offersText, requestedByLabel } from '../../presentation/index.js';
import { helpdeskMessages } from './helpdeskMessages.js';

export const HELPDESK_CARD = 'activationHelpdesk';

export const idInputName = (benefit: RequestedBenefit['benefit'], field: 'accessId' | 'contractId'): string =>
  `${benefit}${field === 'accessId' ? 'AccessId' : 'ContractId'}`;

export async function helpdeskCard(request: ActivationRequest, status: string, language: Language, services: ActivationDeps): Promise<CardRef> {
  const m = helpdeskMessages.for(language);
  const { directory } = services.repos;
  const [company, requester] = await Promise.all([directory.findCompany(request.tenantId), directory.findPerson(request.tenantId, request.requestedBy)]);
  const companyName = company?.name ?? request.tenantId;
  // Seeded requests predate stored benefits: derive them as approval will.
  const planned = request.benefits ?? (company ? planFrom(await services.entitlements.forCompany(company)).benefits : []);
  const pending = request.status === 'pending';
  const program = services.program;
  const inputs = pending
    ? planned.flatMap((b) => {
        const benefit = benefitName(program, { benefit: b.benefit }, language);
        return [
          { id: idInputName(b.benefit, 'accessId'), label: m('accessIdLabel', { benefit }), placeholder: m('accessIdPlaceholder') },
          { id: idInputName(b.benefit, 'contractId'), label: m('contractIdLabel', { benefit }), placeholder: m('contractIdPlaceholder') },
        ];
      })
    : [];
  const ids = { tenantId: request.tenantId, requestId: request.id };
  const title = m('cardTitle', { company: companyName });
  const lines = planned.map((b) => benefitLine(program, b, language));
  return {
    name: HELPDESK_CARD,
    data: {
      title,
      facts: [
        { label: m('company'), value: companyName },
        { label: m('tenant'), value: request.tenantId },
        { label: requestedByLabel(language), value: requester?.name ?? request.requestedBy },
        { label: m('requestedAt'), value: formatTime(request.requestedAt, language) },
        { label: m('offers'), value: company ? offersText(program, company.offers, language) : '—' },
      ],
      benefitsHeading: m('benefits'),
      benefits: lines,
      pending,
      hint: m('idsHint'),
      inputs,
      reasonLabel: m('reasonLabel'),
      status,
      approveTitle: m('approve'),
      rejectTitle: m('reject'),
      approveData: { verb: 'approveActivation', ...ids },
      rejectData: { verb: 'rejectActivation', ...ids },
      fallbackText: [title, ...lines, status].filter(Boolean).join('\n'),
    },
  };
}

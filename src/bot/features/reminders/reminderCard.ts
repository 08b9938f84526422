/**
 * The reminder card (cards/reminder.json): what happened, the facts, the
 * next step, and buttons for it — a link, a question to the bot, the
 * helpdesk — plus "Stop reminders". Contract IDs arrive already masked.
 */
import type { ProgramData } from '../../../domain/entitlement/programData.js';
import type { Language } from '../../../domain/model.js';
import type { ReminderEvent, ReminderKind } from '../../../domain/reminders/reminderTypes.js';
import type { Reply } from '../../reply.js';
import { reminderMessages } from './reminderMessages.js';

export const REMINDER_CARD = 'reminder';

type Translate = ReturnType<typeof reminderMessages.for>;
interface Button {
  readonly title: string;
  readonly data: Record<string, string>;
}

function benefitName(program: ProgramData, event: ReminderEvent, language: Language): string {
  const { benefit, cloudPackage } = event.subject;
  if (cloudPackage === '5pack') return 'Signature 5pack';
  if (cloudPackage === '10pack') return 'Signature 10pack';
  return benefit ? program.benefitName(benefit)[language] : '';
}

function nextStep(kind: ReminderKind, m: Translate, program: ProgramData, language: Language): { text: string; links: Array<{ title: string; url: string }>; buttons: Button[] } {
  const ask = (title: string, intent: string): Button => ({ title, data: { verb: 'ask', intent } });
  const helpdesk: Button = { title: m('helpdesk'), data: { verb: 'handoff' } };
  switch (kind) {
    case 'incidentsLow':
    case 'incidentsUsedUp':
      return { text: m('nextIncidents'), links: [{ title: m('comparePlans'), url: program.link('comparePlans') }], buttons: [ask(m('askPlans'), 'paidPlans'), helpdesk] };
    case 'contractEnding':
      return { text: m('nextEnding'), links: [{ title: m('partnerCenter'), url: program.link('partnerCenterDashboard') }], buttons: [ask(m('askLink'), 'linkContract'), helpdesk] };
    case 'contractEnded':
      return { text: m('nextEnded'), links: [], buttons: [ask(m('askLink'), 'linkContract'), helpdesk] };
    case 'activationPending':
      return { text: m('nextPending', { time: program.activationProcessingTime()[language] }), links: [], buttons: [ask(m('askStatus'), 'activationStatus'), helpdesk] };
  }
}

function factsOf(event: ReminderEvent, m: Translate, benefit: string): Array<{ label: string; value: string }> {
  const s = event.subject;
  const facts = [{ label: m('factCompany'), value: event.companyName }];
  if (benefit) facts.push({ label: m('factBenefit'), value: benefit });
  if (s.contractKey) facts.push({ label: m('factContract'), value: s.contractKey });
  if (s.incidentsTotal !== undefined && s.incidentsTotal !== null && s.incidentsRemaining !== undefined && s.incidentsRemaining !== null) {
    facts.push({ label: m('factIncidents'), value: m('factIncidentsValue', { remaining: s.incidentsRemaining, total: s.incidentsTotal }) });
  }
  if (s.endDate) facts.push({ label: m('factEnds'), value: s.endDate });
  if (s.requestedAt) facts.push({ label: m('factRequested'), value: s.requestedAt.slice(0, 10) });
  return facts;
}

export function reminderReply(event: ReminderEvent, program: ProgramData, language: Language): Reply {
  const m = reminderMessages.for(language);
  const s = event.subject;
  const benefit = benefitName(program, event, language);
  const params = {
    company: event.companyName,
    benefit,
    remaining: s.incidentsRemaining ?? '',
    total: s.incidentsTotal ?? '',
    end: s.endDate ?? '',
    days: event.kind === 'activationPending' ? (s.businessDaysPending ?? '') : (s.daysLeft ?? ''),
    date: s.requestedAt?.slice(0, 10) ?? '',
  };
  const title = m(`${event.kind}Title`);
  const summary = m(`${event.kind}Summary`, params);
  const step = nextStep(event.kind, m, program, language);
  const facts = factsOf(event, m, benefit);
  const buttons = [...step.buttons, { title: m('stop'), data: { verb: 'stopReminders' } }];
  const fallbackText = [title, summary, ...facts.map((f) => `${f.label}: ${f.value}`), `${m('nextStepHeading')}: ${step.text}`, ...step.links.map((l) => `${l.title}: ${l.url}`)].join('\n');
  const style = event.kind === 'incidentsLow' || event.kind === 'contractEnding' ? 'warning' : 'attention';
  return {
    text: summary,
    card: { name: REMINDER_CARD, data: { title, summary, style, facts, nextStepHeading: m('nextStepHeading'), nextStep: step.text, optOutNote: m('optOutNote'), links: step.links, buttons, fallbackText } },
  };
}

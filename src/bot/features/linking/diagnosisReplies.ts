/**
 * The diagnosis card for "Access ID is already associated": the scenario as
 * a fact, what it means and what to do, paid plans where a new plan is
 * needed, and the "why" (the deciding facts and every rule that fired).
 */
import type { Diagnosis } from '../../../domain/linking/index.js';
import type { Contract, Language, Requester } from '../../../domain/model.js';
import type { ProgramData } from '../../../domain/entitlement/index.js';
import { answerReply, type Answer } from '../../cards/answerCard.js';
import type { Reply } from '../../reply.js';
import { conversationMessages } from '../conversation/conversationMessages.js';
import { contractStandings } from '../../../domain/entitlement/index.js';
import { benefitName, contractFacts, formatDate, peopleList } from '../../presentation/index.js';
import { idsVisible, paidPlanLinks } from './contractPresentation.js';
import { diagnosisMessages } from './diagnosisMessages.js';
import { outcomeMessages } from './outcomeMessages.js';
import { portalLink } from './walkThroughReplies.js';

type Body = Pick<Answer, 'summary' | 'sections' | 'links' | 'notes'> & { readonly label: string; readonly whyLead: string };

function body(diagnosis: Diagnosis, requester: Requester, language: Language, program: ProgramData): Body {
  const m = diagnosisMessages.for(language);
  const company = requester.known ? requester.company.name : '';
  const benefit = diagnosis.contract ? benefitName(program, diagnosis.contract, language) : '';
  const plans = { links: paidPlanLinks(program, language, true) };
  switch (diagnosis.scenario) {
    case 'A':
      return { label: m('scenarioA'), whyLead: m('whyA'), summary: diagnosis.stated ? m('aStated') : m('aSummary', { benefit }), sections: [{ heading: outcomeMessages.for(language)('nextHeading'), items: [m('aStep1'), m('aStep2'), m('aStep3')], numbered: true }], links: [portalLink(program, 'cloud', language)] };
    case 'B': {
      const expired = diagnosis.reason === 'expired';
      const pkg = diagnosis.contract?.cloudPackage ? program.cloudPackageName(diagnosis.contract.cloudPackage)[language] : benefit;
      const summary = diagnosis.stated
        ? m(expired ? 'bExpiredStated' : 'bUsedUpStated')
        : expired ? m('bExpired', { benefit, endDate: formatDate(diagnosis.contract?.endDate, language) }) : m('bUsedUp', { package: pkg });
      return { label: m('scenarioB'), whyLead: m(expired ? 'whyBExpired' : 'whyBUsedUp'), summary, ...plans };
    }
    case 'otherPerson': {
      const people = peopleList(diagnosis.otherPeople, language);
      const o = outcomeMessages.for(language);
      const options = { heading: o('optionsHeading'), items: [o('optionAskHolder', { people }), o('optionOnPremises'), o('optionPaidPlan')] };
      return { label: m('scenarioOtherPerson'), whyLead: m('whyOtherPerson'), summary: m('otherPerson', { company, benefit, people }), sections: [options], links: plans.links };
    }
    case 'noCloudSupport':
      return { label: m('scenarioNoCloudSupport'), whyLead: m('whyNoCloudSupport'), summary: m('noCloudSupport', { company }), ...plans };
    case 'general': {
      const notes = !requester.known ? [m('unknownNote')] : diagnosis.pastedIdsUnknown ? [m('pastedUnknownNote', { company })] : diagnosis.contract ? [] : [m('noContractNote', { company })];
      return {
        label: m('scenarioGeneral'),
        whyLead: m('whyGeneral'),
        summary: m('generalSummary'),
        sections: [{ heading: m('generalHeading'), items: [m('generalA'), m('generalB')] }],
        links: [portalLink(program, 'cloud', language), ...plans.links],
        notes,
      };
    }
  }
}

export function diagnosisReply(diagnosis: Diagnosis, requester: Requester, language: Language, personalChat: boolean, program: ProgramData, today: string): Reply {
  const m = diagnosisMessages.for(language);
  const { label, whyLead, ...rest } = body(diagnosis, requester, language, program);
  const facts = [{ label: m('scenarioLabel'), value: label }];
  const contract = diagnosis.contract;
  // A colleague's contract: the user may learn it exists; its IDs only if the one rule allows.
  if (contract) {
    const visible = (c: Contract): boolean => idsVisible(program, requester.known ? requester.person : undefined, c, personalChat);
    facts.push(...contractFacts(program, contractStandings([contract], today), language, { contracts: [contract], visible }));
  }
  return answerReply({
    title: m('title'),
    ...rest,
    facts,
    // The deciding facts in plain words; rule names go to the log only.
    why: [whyLead],
    whyTitle: conversationMessages.for(language)('whyTitle'),
  });
}

/**
 * The contract between src/rules/activation.json and the code: the facts the
 * "activation" rule set sees, and the one event type it may fire. Checked at
 * start-up so a broken rule file stops the bot, not a conversation.
 */
import type { Requester } from '../model.js';
import type { ProgramData } from '../entitlement/programData.js';
import type { Decision, Facts, RuleCatalog } from '../ruleEngine/index.js';
import { RulesFileError } from '../ruleEngine/rulesFileError.js';
import { ACTIVATION_OUTCOMES, type ActivationCheck, type ActivationOutcome } from './activationTypes.js';

export const ACTIVATION_RULE_SET = 'activation';
const EVENT_TYPE = 'activationCheck';

const isOutcome = (value: unknown): value is ActivationOutcome => (ACTIVATION_OUTCOMES as readonly unknown[]).includes(value);

export function checkActivationRules(catalog: RuleCatalog): void {
  const rules = catalog.rules(ACTIVATION_RULE_SET);
  if (rules.length === 0) {
    throw new RulesFileError('RULE_SET_MISSING', catalog.files.join(', ') || '(no rule files)', `no file defines the "${ACTIVATION_RULE_SET}" rule set`);
  }
  for (const { file, set, index, definition } of rules) {
    const { type, params } = definition.event;
    if (type !== EVENT_TYPE || !isOutcome(params.outcome)) {
      const problem = `event must be ${EVENT_TYPE} with "outcome" one of ${ACTIVATION_OUTCOMES.join(', ')}`;
      throw new RulesFileError('RULE_EVENT_INVALID', file, problem, { set, index, name: definition.name });
    }
  }
}

/** Facts come from the store (the requester as resolved), never from what the user typed. */
export function activationFacts(requester: Requester, program: ProgramData): Facts {
  if (!requester.known) return { known: false };
  const { person, company } = requester;
  return {
    known: true,
    mpnAssociated: person.association.mpn,
    hasActiveOffer: company.offers.length > 0,
    holdsActivatingRole: program.mayActivate(person.roles),
    activationStatus: company.activation.status,
  };
}

/** The highest-priority event decides; a set that decides nothing is a broken rule file. */
export function checkFrom(decision: Decision): ActivationCheck {
  const events = decision.events.filter((e) => e.type === EVENT_TYPE && isOutcome(e.params.outcome));
  const first = events[0];
  if (!first) throw new Error(`the "${ACTIVATION_RULE_SET}" rule set decided nothing for these facts`);
  return { outcome: first.params.outcome as ActivationOutcome, rule: first.rule, rules: events.map((e) => e.rule) };
}

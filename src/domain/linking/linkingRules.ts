/**
 * The contract between src/rules/linking.json and the code: the two rule
 * sets, the events they may fire and the codes those events carry. Checked
 * once at start-up, so a typo in the file stops the bot rather than a chat.
 */
import type { Decision, FiredEvent, RuleCatalog } from '../ruleEngine/index.js';
import { RulesFileError } from '../ruleEngine/rulesFileError.js';
import { LINK_OUTCOMES, SCENARIOS, type LinkOutcomeCode, type ScenarioCode, type ScenarioReason } from './linkingTypes.js';

export const LINK_RULE_SET = 'linkAttempt';
export const DIAGNOSIS_RULE_SET = 'alreadyAssociated';

const EXPECTED: ReadonlyArray<{ set: string; type: string; codes: readonly string[] }> = [
  { set: LINK_RULE_SET, type: 'outcome', codes: LINK_OUTCOMES },
  { set: DIAGNOSIS_RULE_SET, type: 'scenario', codes: SCENARIOS },
];
const REASONS: readonly ScenarioReason[] = ['expired', 'usedUp'];

export function checkLinkingRules(catalog: RuleCatalog): void {
  for (const { set, type, codes } of EXPECTED) {
    const rules = catalog.rules(set);
    if (rules.length === 0) {
      throw new RulesFileError('RULE_SET_MISSING', catalog.files.join(', ') || '(no rule files)', `rule set "${set}" is missing (src/rules/linking.json)`);
    }
    for (const rule of rules) {
      const { event, name } = rule.definition;
      const at = { set, index: rule.index, name };
      if (event.type !== type) throw new RulesFileError('RULE_EVENT_INVALID', rule.file, `event type must be "${type}"`, at);
      if (!codes.includes(String(event.params.code))) {
        throw new RulesFileError('RULE_EVENT_INVALID', rule.file, `"code" must be one of ${codes.join(', ')}`, at);
      }
      const { reason } = event.params;
      if (reason !== undefined && !(REASONS as readonly unknown[]).includes(reason)) {
        throw new RulesFileError('RULE_EVENT_INVALID', rule.file, `"reason" must be one of ${REASONS.join(', ')}`, at);
      }
    }
  }
}

/** The deciding event (highest priority) and every rule that fired. */
function decisive(decision: Decision, set: string): { event: FiredEvent; rules: string[] } {
  const event = decision.events[0];
  // Each set ends in a catch-all rule; no event means the file lost it.
  if (!event) throw new RulesFileError('RULES_FILE_INVALID', 'linking.json', `rule set "${set}" decided nothing for these facts`);
  return { event, rules: decision.events.map((e) => e.rule) };
}

export function linkOutcomeFrom(decision: Decision): { code: LinkOutcomeCode; rules: string[] } {
  const { event, rules } = decisive(decision, LINK_RULE_SET);
  return { code: event.params.code as LinkOutcomeCode, rules };
}

export function scenarioFrom(decision: Decision): { scenario: ScenarioCode; reason?: ScenarioReason; rules: string[] } {
  const { event, rules } = decisive(decision, DIAGNOSIS_RULE_SET);
  const reason = event.params.reason as ScenarioReason | undefined;
  return { scenario: event.params.code as ScenarioCode, ...(reason ? { reason } : {}), rules };
}

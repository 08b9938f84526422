/**
 * The one error a broken rule or reference-data file produces at start-up.
 * The code is stable (the bot and logs may branch on it); the message names the
 * file, the rule and the problem so the program owner can fix the data alone.
 */
export type RulesFileErrorCode =
  | 'RULES_FILE_UNREADABLE'
  | 'RULES_JSON_MALFORMED'
  | 'RULES_FILE_INVALID'
  | 'RULE_INVALID'
  | 'RULE_NAME_MISSING'
  | 'RULE_NAME_DUPLICATE'
  | 'RULE_PRIORITY_INVALID'
  | 'RULE_CONDITIONS_INVALID'
  | 'RULE_OPERATOR_UNKNOWN'
  | 'RULE_FACT_UNKNOWN'
  | 'RULE_EVENT_TYPE_MISSING'
  | 'RULE_EVENT_INVALID'
  | 'RULE_SET_MISSING'
  | 'SETTING_DUPLICATE'
  | 'SETTING_INVALID'
  | 'PROGRAM_DATA_INVALID';

/** Where a rule sits: its set, its position (0-based) and its name when it has one. */
export interface RuleLocation {
  readonly set: string;
  readonly index: number;
  readonly name?: string;
}

export class RulesFileError extends Error {
  override readonly name = 'RulesFileError';

  constructor(
    readonly code: RulesFileErrorCode,
    readonly file: string,
    readonly problem: string,
    readonly rule?: RuleLocation,
  ) {
    super(`${file}${describeLocation(rule)}: ${problem}`);
  }
}

function describeLocation(rule: RuleLocation | undefined): string {
  if (!rule) return '';
  const which = rule.name ? `rule "${rule.name}"` : `rule #${rule.index + 1} (unnamed)`;
  return `, rule set "${rule.set}", ${which}`;
}

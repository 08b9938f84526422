/**
 * Turns the text of rule files into a validated RuleCatalog. Parsing is pure
 * so tests and tools need no disk; reading the files is src/ruleLoading's job.
 */
import { isJsonObject } from './jsonShape.js';
import { parseJson } from './jsonSyntax.js';
import { RuleCatalog } from './ruleCatalog.js';
import type { RuleFile } from './ruleDefinition.js';
import { validateRuleFile } from './ruleFileValidator.js';
import { RulesFileError } from './rulesFileError.js';

export interface RuleSource {
  /** Shown in errors; a path or a file name. */
  readonly file: string;
  readonly text: string;
}

export function parseRuleSource(source: RuleSource): RuleFile {
  const parsed = parseJson(source.text);
  if (!parsed.ok) {
    throw new RulesFileError(
      'RULES_JSON_MALFORMED',
      source.file,
      `malformed JSON at line ${parsed.line}, column ${parsed.column} (${parsed.reason})`,
    );
  }
  return validateRuleFile(source.file, parsed.value);
}

export function parseRuleSources(sources: readonly RuleSource[]): RuleCatalog {
  return new RuleCatalog(sources.map(parseRuleSource));
}

/**
 * A rule file is JSON with a top-level "ruleSets"; other data sharing the
 * folder (program.json, products.json) is not. Malformed JSON counts as a rule
 * file, so its syntax error is reported, not hidden.
 */
export function holdsRules(source: RuleSource): boolean {
  const parsed = parseJson(source.text);
  return !parsed.ok || (isJsonObject(parsed.value) && 'ruleSets' in parsed.value);
}

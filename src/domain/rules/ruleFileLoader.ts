/**
 * Reads rule files and turns them into a validated RuleCatalog. Parsing is
 * pure (parseRuleSources) so tests and tools need no disk; the two loaders
 * are the only file I/O of the rules core and run once, at start-up.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
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

export async function loadRuleFiles(paths: readonly string[]): Promise<RuleCatalog> {
  const sources = await Promise.all(paths.map(readSource));
  return parseRuleSources(sources);
}

/**
 * Loads every rule file in `dir`, in name order, so a feature adds rules by
 * adding a file (activation.json, linking.json, …). A rule file is a `*.json`
 * with a top-level "ruleSets"; other data sharing the folder (program.json,
 * products.json) is skipped. A misspelt "ruleSets" therefore skips the file:
 * the services that need a set check it is loaded at start-up.
 */
export async function loadRules(dir: string): Promise<RuleCatalog> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new RulesFileError('RULES_FILE_UNREADABLE', dir, `cannot list the rules directory (${errorText(error)})`);
  }
  const files = names
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
  const sources = await Promise.all(files.map(readSource));
  return parseRuleSources(sources.filter(holdsRules));
}

/** Malformed JSON counts as a rule file, so its syntax error is reported, not hidden. */
function holdsRules(source: RuleSource): boolean {
  const parsed = parseJson(source.text);
  return !parsed.ok || (isJsonObject(parsed.value) && 'ruleSets' in parsed.value);
}

async function readSource(file: string): Promise<RuleSource> {
  try {
    return { file, text: await readFile(file, 'utf8') };
  } catch (error) {
    throw new RulesFileError('RULES_FILE_UNREADABLE', file, `cannot read the file (${errorText(error)})`);
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads rule files from disk for the rules core (which does no I/O). Runs
 * once, at start-up; an unreadable file stops the bot naming it.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { holdsRules, parseRuleSources, RuleCatalog, RulesFileError, type RuleSource } from '../domain/ruleEngine/index.js';

export async function loadRuleFiles(paths: readonly string[]): Promise<RuleCatalog> {
  const sources = await Promise.all(paths.map(readSource));
  return parseRuleSources(sources);
}

/**
 * Loads every rule file in `dir`, in name order, so a feature adds rules by
 * adding a file (activation.json, linking.json, …). A misspelt "ruleSets"
 * skips the file: the services that need a set check it is loaded at start-up.
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

export async function readSource(file: string): Promise<RuleSource> {
  try {
    return { file, text: await readFile(file, 'utf8') };
  } catch (error) {
    throw new RulesFileError('RULES_FILE_UNREADABLE', file, `cannot read the file (${errorText(error)})`);
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

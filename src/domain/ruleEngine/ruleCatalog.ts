/**
 * All rule files loaded together. Files may add rules to the same set (a new
 * feature drops in its own file, no code change); what they may not do is reuse
 * a rule name in a set, redefine a setting, or use a fact the set never declared.
 */
import { factsUsedBy } from './conditionValidator.js';
import type { LoadedRule, RuleFile } from './ruleDefinition.js';
import { RulesFileError } from './rulesFileError.js';

export interface LoadedSetting {
  readonly file: string;
  readonly value: unknown;
}

export class RuleCatalog {
  private readonly sets = new Map<string, LoadedRule[]>();
  private readonly declaredFacts = new Map<string, Set<string>>();
  private readonly settingsByKey = new Map<string, LoadedSetting>();
  readonly files: readonly string[];

  constructor(files: readonly RuleFile[]) {
    this.files = files.map((f) => f.file);
    for (const file of files) this.add(file);
    this.checkFacts();
  }

  setNames(): string[] {
    return [...this.sets.keys()];
  }

  /** The rules of a set in load order; empty for a set no file defines. */
  rules(set: string): readonly LoadedRule[] {
    return this.sets.get(set) ?? [];
  }

  /** A top-level setting such as "combination", with the file that holds it. */
  setting(key: string): LoadedSetting | undefined {
    return this.settingsByKey.get(key);
  }

  /** Fact names a set declares, or undefined when no file declares any. */
  factsOf(set: string): ReadonlySet<string> | undefined {
    return this.declaredFacts.get(set);
  }

  private add(file: RuleFile): void {
    for (const [set, definitions] of Object.entries(file.ruleSets)) {
      const rules = this.sets.get(set) ?? [];
      definitions.forEach((definition, index) => {
        const clash = rules.find((r) => r.definition.name === definition.name);
        if (clash) {
          throw new RulesFileError('RULE_NAME_DUPLICATE', file.file, `name already used in ${clash.file}`, {
            set,
            index,
            name: definition.name,
          });
        }
        rules.push({ file: file.file, set, index, definition });
      });
      this.sets.set(set, rules);
    }
    for (const [set, facts] of Object.entries(file.facts)) {
      const declared = this.declaredFacts.get(set) ?? new Set<string>();
      for (const fact of Object.keys(facts)) declared.add(fact);
      this.declaredFacts.set(set, declared);
    }
    for (const [key, value] of Object.entries(file.settings)) {
      const existing = this.settingsByKey.get(key);
      if (existing) {
        throw new RulesFileError('SETTING_DUPLICATE', file.file, `setting "${key}" is already defined in ${existing.file}`);
      }
      this.settingsByKey.set(key, { file: file.file, value });
    }
  }

  private checkFacts(): void {
    for (const [set, rules] of this.sets) {
      const declared = this.declaredFacts.get(set);
      if (!declared) continue;
      for (const rule of rules) {
        const unknown = factsUsedBy(rule.definition.conditions).find((fact) => !declared.has(fact));
        if (unknown !== undefined) {
          throw new RulesFileError(
            'RULE_FACT_UNKNOWN',
            rule.file,
            `unknown fact "${unknown}" (set "${set}" declares: ${[...declared].join(', ')})`,
            { set, index: rule.index, name: rule.definition.name },
          );
        }
      }
    }
  }
}

/**
 * Every message catalogue says the same things in English and Japanese: the
 * same keys, and each sentence takes the same {placeholders}. A Japanese
 * sentence missing "{count}" would silently drop the number; an extra one
 * would show "{count}" to the user.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectPath } from '../../../src/projectRoot.js';

type Strings = Readonly<Record<string, unknown>>;
interface Catalogue {
  readonly name: string;
  readonly en: Strings;
  readonly ja: Strings;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const isStrings = (value: unknown): value is Strings => typeof value === 'object' && value !== null && !Array.isArray(value);

function catalogueExports(file: string, module: Record<string, unknown>): Catalogue[] {
  return Object.entries(module).flatMap(([name, value]) => {
    if (!isStrings(value) || !isStrings(value.en) || !isStrings(value.ja)) return [];
    return [{ name: `${relative(projectPath(), file)} ${name}`, en: value.en, ja: value.ja }];
  });
}

const definingFiles = sourceFiles(projectPath('src')).filter(
  (file) => !file.endsWith(join('i18n', 'messages.ts')) && readFileSync(file, 'utf8').includes('defineMessages'),
);

async function allCatalogues(): Promise<Catalogue[]> {
  const found: Catalogue[] = [];
  for (const file of definingFiles) {
    const catalogues = catalogueExports(file, (await import(pathToFileURL(file).href)) as Record<string, unknown>);
    // A catalogue the test cannot see is one it cannot check.
    if (catalogues.length === 0) throw new Error(`${file} defines messages but exports no catalogue`);
    found.push(...catalogues);
  }
  // The browser pages keep their strings in plain modules of the same { en, ja } shape.
  for (const page of ['src/tab/public/tabStrings.js', 'src/devchat/public/i18n.js']) {
    const file = projectPath(...page.split('/'));
    found.push(...catalogueExports(file, (await import(pathToFileURL(file).href)) as Record<string, unknown>));
  }
  return found;
}

/** Flattens nested tables ({ states: { active: … } }) into "states.active" keys. */
function flatten(strings: Strings, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(strings)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else if (isStrings(value)) for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();

let catalogues: Catalogue[] = [];
beforeAll(async () => {
  catalogues = await allCatalogues();
});

describe('message catalogues', () => {
  it('finds every catalogue (each file that defines messages, and both pages)', () => {
    expect(definingFiles.length).toBeGreaterThan(20);
    expect(catalogues.length).toBeGreaterThanOrEqual(definingFiles.length + 2);
  });

  it('English and Japanese have the same keys', () => {
    const mismatches = catalogues.flatMap((c) => {
      const en = [...flatten(c.en).keys()];
      const ja = [...flatten(c.ja).keys()];
      return [
        ...en.filter((k) => !ja.includes(k)).map((k) => `${c.name}: "${k}" has no Japanese`),
        ...ja.filter((k) => !en.includes(k)).map((k) => `${c.name}: "${k}" has no English`),
      ];
    });
    expect(mismatches).toEqual([]);
  });

  it('each sentence takes the same placeholders in both languages', () => {
    const mismatches = catalogues.flatMap((c) => {
      const ja = flatten(c.ja);
      return [...flatten(c.en)].flatMap(([key, en]) => {
        const jaText = ja.get(key);
        if (jaText === undefined) return [];
        const a = placeholders(en).join(',');
        const b = placeholders(jaText).join(',');
        return a === b ? [] : [`${c.name}: "${key}" en {${a}} ja {${b}}`];
      });
    });
    expect(mismatches).toEqual([]);
  });

  it('a sentence is empty in both languages or in neither', () => {
    const lopsided = catalogues.flatMap((c) => {
      const ja = flatten(c.ja);
      return [...flatten(c.en)].filter(([key, en]) => ja.has(key) && (en.trim() === '') !== (ja.get(key)!.trim() === '')).map(([key]) => `${c.name}: "${key}"`);
    });
    expect(lopsided).toEqual([]);
  });

  it('the check does catch a placeholder missing in one language', () => {
    expect(placeholders('{count} incidents left of {total}')).toEqual(['count', 'total']);
    expect(placeholders('残り {count} 件')).not.toEqual(placeholders('{count} incidents left of {total}'));
  });
});

import { NLU_DATA, readJsonFile } from './dataFiles.js';
import { normalizeText } from './textNormalizer.js';

export type ProductKind = 'onPremises' | 'cloud';

export interface Product {
  readonly id: string;
  readonly kind: ProductKind;
  readonly names: { readonly en: string; readonly ja: string };
  readonly aliases: readonly string[];
  /** Versions out of scope under the n-1 policy. */
  readonly oldVersions: readonly string[];
}

export interface ProductCatalogue {
  readonly products: readonly Product[];
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function parseProduct(raw: unknown, index: number): Product {
  const where = `products[${index}]`;
  if (typeof raw !== 'object' || raw === null) throw new Error(`${where}: not an object`);
  const record = raw as Record<string, unknown>;
  const { id, kind, names, aliases, oldVersions } = record;
  if (typeof id !== 'string' || id === '') throw new Error(`${where}: id missing`);
  if (kind !== 'cloud' && kind !== 'onPremises') throw new Error(`${where}: kind must be cloud or onPremises`);
  const nameRecord = (typeof names === 'object' && names !== null ? names : {}) as Record<string, unknown>;
  if (typeof nameRecord.en !== 'string' || typeof nameRecord.ja !== 'string') {
    throw new Error(`${where}: names.en and names.ja required`);
  }
  if (!isStringArray(aliases)) throw new Error(`${where}: aliases must be strings`);
  const old = oldVersions ?? [];
  if (!isStringArray(old)) throw new Error(`${where}: oldVersions must be strings`);
  return { id, kind, names: { en: nameRecord.en, ja: nameRecord.ja }, aliases, oldVersions: old };
}

/** Validates the editable catalogue; a broken file fails start-up, not a chat turn. */
export function parseProductCatalogue(raw: unknown): ProductCatalogue {
  const list = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).products : undefined;
  if (!Array.isArray(list)) throw new Error('products.json: "products" must be an array');
  const products = list.map(parseProduct);
  const ids = new Set<string>();
  for (const product of products) {
    if (ids.has(product.id)) throw new Error(`products.json: duplicate id ${product.id}`);
    ids.add(product.id);
  }
  return { products };
}

let cached: ProductCatalogue | undefined;

/** The catalogue in src/rules/products.json, read once per process. */
export function loadProductCatalogue(): ProductCatalogue {
  cached ??= parseProductCatalogue(readJsonFile(NLU_DATA.productsFile));
  return cached;
}

/** One alias ready for matching, longest first so "office 365" beats "office". */
export interface AliasEntry {
  readonly alias: string;
  readonly product: Product;
  readonly old: boolean;
}

export function aliasEntries(catalogue: ProductCatalogue): AliasEntry[] {
  const entries: AliasEntry[] = [];
  for (const product of catalogue.products) {
    for (const alias of product.aliases) entries.push({ alias: normalizeText(alias), product, old: false });
    for (const alias of product.oldVersions) entries.push({ alias: normalizeText(alias), product, old: true });
  }
  return entries.sort((a, b) => b.alias.length - a.alias.length);
}

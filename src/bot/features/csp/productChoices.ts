/**
 * The product catalogue (src/rules/products.json, owned by the NLU) as the
 * routing feature needs it: a kind per id for the rules, localized names for
 * cards, and the list a "which product?" card offers.
 */
import type { Language } from '../../../domain/model.js';
import { loadProductCatalogue, type Product } from '../../../nlu/productCatalogue.js';

export function catalogueProducts(): readonly Product[] {
  return loadProductCatalogue().products;
}

export function productById(id: string): Product | undefined {
  return catalogueProducts().find((p) => p.id === id);
}

/** The product's name in the user's language; undefined for no or an unknown id. */
export function productName(language: Language, id: string | undefined): string | undefined {
  const product = id === undefined ? undefined : productById(id);
  return product?.names[language];
}

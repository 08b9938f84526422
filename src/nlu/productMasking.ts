import { PhraseMatcher } from './phraseMatcher.js';
import { aliasEntries, loadProductCatalogue, type ProductCatalogue } from './productCatalogue.js';

/**
 * Before classification every product name is replaced by a word for its
 * kind. What a partner asks ("where do I file it", "is it still supported")
 * does not depend on which product it is, only on whether it is cloud,
 * on-premises or an old version; and with placeholders a product added to
 * src/rules/products.json is understood at once, without new training
 * sentences. (Without this, a product word seen in one intent's examples
 * dragged unrelated questions towards that intent.)
 */
export const PRODUCT_PLACEHOLDERS = {
  cloud: 'cloudproduct',
  onPremises: 'onpremproduct',
  old: 'legacyproduct',
} as const;

export type ProductMasker = (normalized: string) => string;

export function createProductMasker(catalogue: ProductCatalogue = loadProductCatalogue()): ProductMasker {
  const matcher = new PhraseMatcher(
    aliasEntries(catalogue).map(
      (entry) => [entry.alias, entry.old ? PRODUCT_PLACEHOLDERS.old : PRODUCT_PLACEHOLDERS[entry.product.kind]] as const,
    ),
  );
  return (normalized) => matcher.replaceAll(normalized, (placeholder) => placeholder);
}

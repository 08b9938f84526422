import type { OfferLevel } from '../domain/model.js';
import {
  COMPETENCY_PHRASES,
  PORTAL_PHRASES,
  PRODUCT_KIND_PHRASES,
  type Portal,
  type ProductKindWord,
} from './entityLexicon.js';
import { detectErrorMessage, type ErrorMessageKind } from './errorMessages.js';
import { findIdLikeTokens } from './idTokens.js';
import { shippedOfferPhrases, type OfferPhrases } from './offerPhrases.js';
import { PhraseMatcher } from './phraseMatcher.js';
import { aliasEntries, loadProductCatalogue, type Product, type ProductCatalogue } from './productCatalogue.js';
import { offerRelation, statedContractCase, targetOfChange, type OfferRelation, type StatedContractCase } from './statedFacts.js';
import { normalizeText } from './textNormalizer.js';
import { uncoveredAspect, type UncoveredAspect } from './uncoveredTopics.js';

export interface Entities {
  offerLevel?: OfferLevel;
  /** Every distinct offer level named, in text order (comparisons, moves, combinations). */
  offerLevels?: OfferLevel[];
  /** With two or more levels: compared, moved between, or held together. */
  offerRelation?: OfferRelation;
  /** An "already associated" case the user describes (added before, expired, used up). */
  contractCase?: StatedContractCase;
  /** Something about support the program's article does not say (prices, hours, …). */
  uncovered?: UncoveredAspect;
  /** Competency id, e.g. "cloudPlatform". */
  competency?: string;
  /** From the words (on-prem, クラウド…) or else from the product's kind. */
  productKind?: ProductKindWord;
  /** Product id from src/rules/products.json. */
  product?: string;
  /** An oldVersions alias matched: out of scope under the n-1 policy. */
  oldProduct?: boolean;
  portal?: Portal;
  /** A recognised pasted or described portal error. */
  errorMessage?: ErrorMessageKind;
  /** Substrings that look like Access/Contract IDs, so callers can mask them. */
  idLikeTokens: string[];
}

export type EntityExtractor = (text: string) => Entities;

interface ProductHit {
  readonly product: Product;
  readonly old: boolean;
}

/**
 * Deterministic extraction: dictionaries and patterns, no model. Entities
 * feed rules (which offer, which product, which portal), where a guess would
 * be worse than nothing. Built once from the program's offers and a product
 * catalogue, so a bot with other rules (and tests) pass their own.
 */
export function createEntityExtractor(offerWords: OfferPhrases = shippedOfferPhrases(), catalogue: ProductCatalogue = loadProductCatalogue()): EntityExtractor {
  const offers = new PhraseMatcher(offerWords);
  const competencies = new PhraseMatcher(COMPETENCY_PHRASES);
  const kinds = new PhraseMatcher(PRODUCT_KIND_PHRASES);
  const portals = new PhraseMatcher(PORTAL_PHRASES);
  const products = new PhraseMatcher<ProductHit>(
    aliasEntries(catalogue).map((entry) => [entry.alias, { product: entry.product, old: entry.old }] as const),
  );

  return (text: string): Entities => {
    const normalized = normalizeText(text);
    const entities: Entities = { idLikeTokens: findIdLikeTokens(text) };

    const levels = [...new Set(offers.findAll(normalized).map((match) => match.value))];
    const offerLevel = levels[0];
    if (offerLevel) entities.offerLevel = offerLevel;
    if (levels.length >= 2) {
      entities.offerLevels = levels;
      entities.offerRelation = offerRelation(normalized);
      // "from Silver to Gold", "if we were Gold instead of Silver": the question is about the target.
      const target = entities.offerRelation === 'change' ? targetOfChange(levels, normalized) : undefined;
      if (target) entities.offerLevel = target;
    }
    const contractCase = statedContractCase(normalized);
    if (contractCase) entities.contractCase = contractCase;
    const uncovered = uncoveredAspect(normalized);
    if (uncovered) entities.uncovered = uncovered;
    const competency = competencies.first(normalized);
    if (competency) entities.competency = competency;
    const portal = portals.first(normalized);
    if (portal) entities.portal = portal;

    // An old version names the product the question is about ("is windows 7
    // covered" must not be answered for Windows 11), so it is preferred.
    const productHits = products.findAll(normalized).map((match) => match.value);
    const productHit = productHits.find((hit) => hit.old) ?? productHits[0];
    if (productHit) {
      entities.product = productHit.product.id;
      if (productHit.old) entities.oldProduct = true;
    }

    const kindWord = kinds.findAll(normalized).find((match) => match.value !== undefined)?.value;
    const productKind = kindWord ?? productHit?.product.kind;
    if (productKind) entities.productKind = productKind;

    const error = detectErrorMessage(normalized);
    if (error) entities.errorMessage = error.kind;
    return entities;
  };
}

let defaultExtractor: EntityExtractor | undefined;

/** Extraction with the shipped program's offers and the catalogue in src/rules/products.json. */
export function extractEntities(text: string): Entities {
  defaultExtractor ??= createEntityExtractor();
  return defaultExtractor(text);
}

/**
 * The words that name each offer, from program.json: its names and the words
 * people use for it in either language. Offers are data, so the entity
 * extractor is built from the program the bot loaded, not from a list here.
 */
import type { OfferInfo } from '../domain/entitlement/index.js';
import { parseProgramData } from '../domain/entitlement/index.js';
import type { OfferLevel } from '../domain/model.js';
import { NLU_DATA, readTextFile } from './dataFiles.js';

export type OfferPhrases = readonly (readonly [phrase: string, offer: OfferLevel])[];

export function offerPhrases(offers: readonly OfferInfo[]): OfferPhrases {
  return offers.flatMap((offer) =>
    [offer.names.en, offer.names.ja, ...offer.words.en, ...offer.words.ja].map((phrase) => [phrase, offer.level] as const),
  );
}

let shipped: OfferPhrases | undefined;

/** The phrases of the shipped src/rules/program.json, read once per process. */
export function shippedOfferPhrases(): OfferPhrases {
  shipped ??= offerPhrases(parseProgramData(NLU_DATA.programFile, readTextFile(NLU_DATA.programFile)).offers());
  return shipped;
}

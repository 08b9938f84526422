import { readFileSync } from 'node:fs';
import { projectPath } from '../projectRoot.js';

/**
 * The NLU's data (corpora, held-out split, product catalogue, offer words) stays as JSON in
 * src/ so the program owner edits it without a release; it is found from the
 * project root because the code also runs from dist/src/.
 */
export const NLU_DATA = {
  corpusDir: projectPath('src', 'nlu', 'corpus'),
  heldOutDir: projectPath('src', 'nlu', 'heldout'),
  productsFile: projectPath('src', 'rules', 'products.json'),
  /** Offer names and words; a bot with another rules folder passes its own program's (offerPhrases). */
  programFile: projectPath('src', 'rules', 'program.json'),
} as const;

export function readTextFile(filePath: string): string {
  return readFileSync(filePath, 'utf8');
}

/** Parsed JSON as `unknown`: every caller validates the shape it expects. */
export function readJsonFile(filePath: string): unknown {
  return JSON.parse(readFileSync(filePath, 'utf8')) as unknown;
}

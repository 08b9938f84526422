/**
 * Access IDs and Contract IDs are secrets (domain: shown only to their owner
 * in a 1:1 chat). Partners paste them anyway, so the NLU reports what looks
 * like one and callers mask it before logging or echoing. Over-reporting is
 * the safe side; only product names with a version ("exchange2010") are
 * excluded because they are common and harmless.
 */

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/giu;
// Candidate tokens: runs of ASCII or full-width letters/digits, optionally joined by hyphens.
const CANDIDATE = /[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]+(?:-[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]+)*/gu;
const DIGIT = /[0-9０-９]/gu;
const LETTER = /[A-Za-zＡ-Ｚａ-ｚ]/u;
const PRODUCT_WITH_VERSION = /^[a-z]+-?(19|20)\d\d(-?r2)?$/iu;

function looksLikeId(token: string): boolean {
  const digits = token.match(DIGIT)?.length ?? 0;
  const bare = token.replace(/-/g, '');
  if (digits >= 8 && digits === bare.length) return true; // digit run of 8+
  if (bare.length < 10 || digits < 3 || !LETTER.test(bare)) return false;
  return !PRODUCT_WITH_VERSION.test(token.normalize('NFKC'));
}

/** Substrings of the original text that look like IDs, in order, without repeats. */
export function findIdLikeTokens(text: string): string[] {
  const found: string[] = [];
  const add = (token: string): void => {
    if (!found.includes(token)) found.push(token);
  };
  for (const match of text.matchAll(GUID)) add(match[0]);
  for (const match of text.matchAll(CANDIDATE)) {
    const token = match[0];
    if (found.some((guid) => guid.includes(token))) continue;
    if (looksLikeId(token)) add(token);
  }
  return found;
}

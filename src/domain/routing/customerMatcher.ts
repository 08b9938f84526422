/**
 * Finds which of a company's stored CSP customers a message names, and
 * whether it talks about a customer at all. Matching is on the stored names
 * only (never a guess): case- and width-insensitive, spaces optional, so
 * "adventure works", "AdventureWorks" and full-width "Ａｄｖｅｎｔｕｒｅ Ｗｏｒｋｓ"
 * in a Japanese sentence all match.
 */
import type { CspCustomer } from '../model.js';

/** Words that mean "for a customer" in either language. */
const CUSTOMER_WORDS: readonly RegExp[] = [
  /\b(customer|customers|client|clients|end[- ]customer|on behalf of|tenant we manage|tenants we manage)\b/i,
  /(顧客|お客様|お客さま|客先|カスタマー|クライアント|エンドユーザー|エンド ユーザー)/,
];

function squash(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\u3000・]+/g, '');
}

/** The longest stored name found in the text, so "Adventure Works Cycles" beats "Adventure Works". */
export function matchCustomer(text: string, customers: readonly CspCustomer[]): CspCustomer | undefined {
  const haystack = squash(text);
  return [...customers]
    .filter((c) => squash(c.name).length > 0 && haystack.includes(squash(c.name)))
    .sort((a, b) => squash(b.name).length - squash(a.name).length)[0];
}

export function mentionsCustomer(text: string): boolean {
  const normalized = text.normalize('NFKC');
  return CUSTOMER_WORDS.some((pattern) => pattern.test(normalized));
}

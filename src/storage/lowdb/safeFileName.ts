/**
 * Tenant ids arrive from the network, so they never reach a path as-is.
 * Only [a-z0-9-] pass through; every other UTF-8 byte becomes "_xx" (hex).
 * The result has no "/", "\\", "." or uppercase letters, so it cannot leave its
 * directory, cannot be a hidden or temp file, and distinct ids stay distinct
 * on case-insensitive file systems. Over-long ids are shortened with a hash.
 */
import { createHash } from 'node:crypto';

const plain = /^[a-z0-9-]$/;
const maxStemLength = 180; // well under the usual 255-byte file name limit

function encodeStem(id: string): string {
  if (id === '') return '_'; // "_" alone is never produced by the escaping below
  let stem = '';
  for (const char of id) {
    if (plain.test(char)) stem += char;
    else for (const byte of Buffer.from(char, 'utf8')) stem += `_${byte.toString(16).padStart(2, '0')}`;
  }
  return stem;
}

/** The tenant id a file name encodes; undefined for hashed names and names this module never produces. */
export function tenantIdOfFileName(name: string): string | undefined {
  const stem = name.replace(/\.json$/, '');
  if (stem === '_') return '';
  if (stem.includes('~') || !/^(?:[a-z0-9-]|_[0-9a-f]{2})+$/.test(stem)) return undefined;
  const bytes = stem.match(/_[0-9a-f]{2}|[a-z0-9-]/g) ?? [];
  const decoded = Buffer.from(bytes.map((t) => (t.startsWith('_') ? parseInt(t.slice(1), 16) : t.charCodeAt(0)))).toString('utf8');
  return companyFileName(decoded) === name ? decoded : undefined;
}

/** The file name (no directory) holding one company's data. */
export function companyFileName(tenantId: string): string {
  const stem = encodeStem(tenantId);
  if (stem.length <= maxStemLength) return `${stem}.json`;
  // "~" never appears in an encoded stem, so hashed names cannot collide with plain ones.
  const digest = createHash('sha256').update(tenantId, 'utf8').digest('hex');
  return `${stem.slice(0, 100)}~${digest}.json`;
}

/**
 * Checks that parsed JSON is a CompanyData of the expected tenant. Deliberately
 * structural (ids and collections), not a full schema: enough to refuse a file
 * that is truncated, hand-edited into another shape or copied to the wrong name.
 */
import type { CompanyData } from './companyData.js';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasStrings(value: unknown, keys: readonly string[]): value is Json {
  return isObject(value) && keys.every((key) => typeof value[key] === 'string');
}

const collections: ReadonlyArray<[keyof CompanyData, readonly string[]]> = [
  ['people', ['aadObjectId', 'tenantId', 'name']],
  ['contracts', ['id', 'tenantId', 'benefit', 'accessId', 'contractId']],
  ['customers', ['id', 'tenantId', 'name']],
  ['activationRequests', ['id', 'tenantId', 'idempotencyKey', 'status']],
  ['userReferences', ['aadObjectId']],
];

/** Returns what is wrong with `value`, or undefined when it is a valid CompanyData. */
export function companyDataProblem(value: unknown, tenantId: string): string | undefined {
  if (!isObject(value)) return 'not a JSON object';
  if (value.version !== 1) return `unsupported version ${JSON.stringify(value.version)}`;
  if (value.tenantId !== tenantId) return `holds tenant ${JSON.stringify(value.tenantId)}, expected ${JSON.stringify(tenantId)}`;
  if (value.company !== null && !hasStrings(value.company, ['tenantId', 'name'])) return 'company is malformed';
  if (isObject(value.company) && value.company.tenantId !== tenantId) return 'company belongs to another tenant';
  for (const [key, requiredStrings] of collections) {
    const items = value[key];
    if (!Array.isArray(items)) return `${key} is not an array`;
    const badIndex = items.findIndex((item) => !hasStrings(item, requiredStrings));
    if (badIndex !== -1) return `${key}[${badIndex}] is malformed`;
    const foreign = items.findIndex((item: Json) => 'tenantId' in item && item.tenantId !== tenantId);
    if (foreign !== -1) return `${key}[${foreign}] belongs to another tenant`;
  }
  return undefined;
}

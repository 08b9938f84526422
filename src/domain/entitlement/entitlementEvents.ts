/**
 * The contract between entitlements.json and the code: which events the
 * "entitlements" rule set may fire and what their params must hold. Checked
 * once at start-up (checkEntitlementRules) so evaluation can trust the data.
 */
import type { Decision, RuleCatalog } from '../ruleEngine/index.js';
import type { NestedCondition } from '../ruleEngine/ruleDefinition.js';
import { RulesFileError } from '../ruleEngine/rulesFileError.js';
import type { BenefitId } from '../model.js';
import type { BenefitGrant, CloudSupportGrant, CloudSupportPackage, ProductSupportGrant } from './entitlementTypes.js';

export const ENTITLEMENT_RULE_SET = 'entitlements';

const CLOUD_PACKAGES: readonly CloudSupportPackage[] = ['none', 'unlimited', '5pack', '10pack'];

type Params = Record<string, unknown>;
/** A decoded value, or the problem that prevents decoding. */
type Decoded<T> = { ok: true; value: T } | { ok: false; problem: string };

const isCount = (value: unknown): value is number => Number.isInteger(value) && Number(value) >= 0;

function decodeProductSupport(params: Params): Decoded<number> {
  return isCount(params.incidents)
    ? { ok: true, value: params.incidents }
    : { ok: false, problem: 'productSupport needs "incidents": a whole number ≥ 0' };
}

function decodeCloudSupport(params: Params): Decoded<{ package: CloudSupportPackage; incidents: number | null }> {
  const pkg = CLOUD_PACKAGES.find((p) => p === params.package);
  if (!pkg) return { ok: false, problem: `cloudSupport "package" must be one of ${CLOUD_PACKAGES.join(', ')}` };
  const { incidents } = params;
  if (pkg === 'unlimited' && incidents !== null) return { ok: false, problem: 'an unlimited package needs "incidents": null' };
  if (pkg === 'none' && incidents !== 0) return { ok: false, problem: 'package "none" needs "incidents": 0' };
  if (pkg !== 'unlimited' && !isCount(incidents)) return { ok: false, problem: `package "${pkg}" needs "incidents": a whole number ≥ 0` };
  return { ok: true, value: { package: pkg, incidents: isCount(incidents) ? incidents : null } };
}

/** The benefits with an event type of their own (their params say more than an amount). */
export const DEDICATED_EVENTS = { productSupport: 'productSupport', cloudSupport: 'signatureCloudSupport' } as const;
const DEDICATED_BENEFITS: readonly BenefitId[] = Object.values(DEDICATED_EVENTS);

/** A benefit with no event type of its own: everything about it is in program.json and the rules. */
export function isDataOnlyBenefit(id: BenefitId): boolean {
  return !DEDICATED_BENEFITS.includes(id);
}

/** Any other declared benefit: { "benefit": id, "amount": whole number ≥ 0, or null for unlimited }. */
function decodeBenefit(params: Params, declared: (id: BenefitId) => boolean): Decoded<{ benefit: BenefitId; amount: number | null }> {
  const { benefit, amount } = params;
  if (typeof benefit !== 'string' || !declared(benefit)) return { ok: false, problem: `benefit "benefit" must be a benefit program.json declares, found ${JSON.stringify(benefit)}` };
  if (DEDICATED_BENEFITS.includes(benefit)) return { ok: false, problem: `"${benefit}" has its own event type (${Object.keys(DEDICATED_EVENTS).join(', ')})` };
  if (amount !== null && !isCount(amount)) return { ok: false, problem: 'benefit needs "amount": a whole number ≥ 0, or null for unlimited' };
  return { ok: true, value: { benefit, amount } };
}

/** The offer ids a rule's conditions compare `offerLevel` with ("equal", "notEqual", "in", "notIn"). */
function offersNamed(condition: NestedCondition): string[] {
  if ('all' in condition) return condition.all.flatMap(offersNamed);
  if ('any' in condition) return condition.any.flatMap(offersNamed);
  if ('not' in condition) return offersNamed(condition.not);
  if (condition.fact !== 'offerLevel') return [];
  const values: unknown[] = Array.isArray(condition.value) ? condition.value : [condition.value];
  return values.filter((v): v is string => typeof v === 'string');
}

/** What program.json declares: benefit ids and offer ids. */
export interface DeclaredIds {
  readonly benefit: (id: BenefitId) => boolean;
  readonly offer: (id: string) => boolean;
}

export function checkEntitlementRules(catalog: RuleCatalog, declared: DeclaredIds): void {
  const DECODERS: Readonly<Record<string, (params: Params) => Decoded<unknown>>> = {
    productSupport: decodeProductSupport,
    cloudSupport: decodeCloudSupport,
    benefit: (params) => decodeBenefit(params, declared.benefit),
  };
  const rules = catalog.rules(ENTITLEMENT_RULE_SET);
  if (rules.length === 0) {
    const files = catalog.files.join(', ') || '(no rule files)';
    throw new RulesFileError('RULE_SET_MISSING', files, `no file defines the "${ENTITLEMENT_RULE_SET}" rule set`);
  }
  for (const { file, set, index, definition } of rules) {
    const decode = DECODERS[definition.event.type];
    const result = decode
      ? decode(definition.event.params)
      : { ok: false as const, problem: `unknown event type "${definition.event.type}" (expected: ${Object.keys(DECODERS).join(', ')})` };
    if (!result.ok) {
      throw new RulesFileError('RULE_EVENT_INVALID', file, result.problem, { set, index, name: definition.name });
    }
    // A misspelt offer would make the rule silently never fire.
    const unknown = offersNamed(definition.conditions).find((id) => !declared.offer(id));
    if (unknown !== undefined) {
      throw new RulesFileError('RULE_CONDITIONS_INVALID', file, `"offerLevel" must be an offer program.json declares, found ${JSON.stringify(unknown)}`, { set, index, name: definition.name });
    }
  }
}

export interface OfferGrants {
  readonly productSupport: ProductSupportGrant | null;
  readonly cloudSupport: CloudSupportGrant | null;
  readonly grants: readonly BenefitGrant[];
  readonly rules: readonly string[];
}

/**
 * The first event of each benefit wins: events arrive highest priority first.
 * `order` is program.json's benefit order, which `grants` follows.
 */
export function grantsFrom(decision: Decision, order: readonly BenefitId[]): OfferGrants {
  let productSupport: ProductSupportGrant | null = null;
  let cloudSupport: CloudSupportGrant | null = null;
  const others = new Map<BenefitId, BenefitGrant>();
  for (const event of decision.events) {
    if (event.type === 'productSupport' && !productSupport) {
      const decoded = decodeProductSupport(event.params);
      if (decoded.ok) productSupport = { incidents: decoded.value, rule: event.rule };
    } else if (event.type === 'cloudSupport' && !cloudSupport) {
      const decoded = decodeCloudSupport(event.params);
      if (decoded.ok) cloudSupport = { ...decoded.value, rule: event.rule };
    } else if (event.type === 'benefit') {
      const decoded = decodeBenefit(event.params, (id) => order.includes(id));
      if (decoded.ok && !others.has(decoded.value.benefit)) others.set(decoded.value.benefit, { ...decoded.value, rule: event.rule });
    }
  }
  const byId = new Map(others);
  if (productSupport) byId.set(DEDICATED_EVENTS.productSupport, { benefit: DEDICATED_EVENTS.productSupport, amount: productSupport.incidents, rule: productSupport.rule });
  if (cloudSupport) {
    const { package: pkg, incidents, rule } = cloudSupport;
    byId.set(DEDICATED_EVENTS.cloudSupport, { benefit: DEDICATED_EVENTS.cloudSupport, amount: incidents, package: pkg, rule });
  }
  const grants = order.flatMap((id) => byId.get(id) ?? []);
  return { productSupport, cloudSupport, grants, rules: decision.events.map((e) => e.rule) };
}

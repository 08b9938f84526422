/**
 * How several offers of one company combine: the single editable
 * "combination" setting of entitlements.json. Our rule (the article is
 * silent): offers do not add up; the highest offer sets the product-support
 * count and the best competency sets the cloud entitlement.
 */
import type { RuleCatalog } from '../ruleEngine/index.js';
import { RulesFileError } from '../ruleEngine/rulesFileError.js';
import { isJsonObject } from '../ruleEngine/jsonShape.js';
import type { BenefitId } from '../model.js';
import type {
  BenefitCombination,
  CloudSupportCombination,
  CombinedBenefit,
  CombinationPolicy,
  CombinedCloudSupport,
  CombinedProductSupport,
  OfferEntitlement,
  ProductSupportCombination,
} from './entitlementTypes.js';

export const COMBINATION_SETTING = 'combination';
const PRODUCT_CHOICES: readonly ProductSupportCombination[] = ['highestOffer', 'sum'];
const CLOUD_CHOICES: readonly CloudSupportCombination[] = ['bestCompetency', 'sum'];
const BENEFIT_CHOICES: readonly BenefitCombination[] = ['highestOffer', 'sum'];

export function readCombinationPolicy(catalog: RuleCatalog): CombinationPolicy {
  const setting = catalog.setting(COMBINATION_SETTING);
  const file = setting?.file ?? (catalog.files.join(', ') || '(no rule files)');
  const fail = (problem: string): never => {
    throw new RulesFileError('SETTING_INVALID', file, `setting "${COMBINATION_SETTING}": ${problem}`);
  };
  if (!setting) return fail('missing; add { "productSupport": "highestOffer", "cloudSupport": "bestCompetency" }');
  const value = isJsonObject(setting.value) ? setting.value : fail('must be an object');
  const productSupport =
    PRODUCT_CHOICES.find((c) => c === value.productSupport) ?? fail(`"productSupport" must be one of ${PRODUCT_CHOICES.join(', ')}`);
  const cloudSupport =
    CLOUD_CHOICES.find((c) => c === value.cloudSupport) ?? fail(`"cloudSupport" must be one of ${CLOUD_CHOICES.join(', ')}`);
  const perBenefit = value.benefits === undefined ? {} : isJsonObject(value.benefits) ? value.benefits : fail('"benefits" must be an object of benefit id → highestOffer | sum');
  const benefits = Object.fromEntries(
    Object.entries(perBenefit).map(([id, choice]) => [id, BENEFIT_CHOICES.find((c) => c === choice) ?? fail(`"benefits.${id}" must be one of ${BENEFIT_CHOICES.join(', ')}`)]),
  );
  return { productSupport, cloudSupport, benefits };
}

/** `rankOf` orders offers (program.json ranks); higher wins. */
export function combineProductSupport(
  offers: readonly OfferEntitlement[],
  policy: ProductSupportCombination,
  rankOf: (offer: OfferEntitlement) => number,
): CombinedProductSupport | null {
  const granted = offers.flatMap((o) => (o.productSupport ? [{ offer: o, grant: o.productSupport }] : []));
  if (granted.length === 0) return null;
  if (policy === 'sum') {
    const incidents = granted.reduce((total, g) => total + g.grant.incidents, 0);
    return { incidents, from: granted.map((g) => g.offer.offer), rules: granted.map((g) => g.grant.rule) };
  }
  const best = granted.reduce((a, b) => {
    const byRank = rankOf(b.offer) - rankOf(a.offer);
    return byRank > 0 || (byRank === 0 && b.grant.incidents > a.grant.incidents) ? b : a;
  });
  return { incidents: best.grant.incidents, from: [best.offer.offer], rules: [best.grant.rule] };
}

/** Unlimited beats any pack; a bigger pack beats a smaller one; "none" loses to all. */
const cloudValue = (incidents: number | null): number => (incidents === null ? Number.POSITIVE_INFINITY : incidents);

export function combineCloudSupport(
  offers: readonly OfferEntitlement[],
  policy: CloudSupportCombination,
): CombinedCloudSupport | null {
  const granted = offers.flatMap((o) => (o.cloudSupport ? [{ offer: o, grant: o.cloudSupport }] : []));
  if (granted.length === 0) return null;
  const best = granted.reduce((a, b) => (cloudValue(b.grant.incidents) > cloudValue(a.grant.incidents) ? b : a));
  if (policy === 'bestCompetency' || best.grant.package === 'unlimited' || best.grant.package === 'none') {
    return { package: best.grant.package, incidents: best.grant.incidents, from: [best.offer.offer], rules: [best.grant.rule] };
  }
  // "sum": packs add up; the package reported is the biggest one held.
  const packs = granted.filter((g) => g.grant.package !== 'none');
  const incidents = packs.reduce((total, g) => total + cloudValue(g.grant.incidents), 0);
  return { package: best.grant.package, incidents, from: packs.map((g) => g.offer.offer), rules: packs.map((g) => g.grant.rule) };
}

/**
 * Every benefit the company holds, in `order` (program.json's). Product and
 * cloud support come from their own combinations above; any other benefit
 * follows its "benefits" setting: the highest offer's amount, or the sum
 * (unlimited stays unlimited).
 */
export function combineBenefits(
  offers: readonly OfferEntitlement[],
  policy: CombinationPolicy,
  rankOf: (offer: OfferEntitlement) => number,
  order: readonly BenefitId[],
  dedicated: { readonly product: CombinedProductSupport | null; readonly cloud: CombinedCloudSupport | null; readonly productId: BenefitId; readonly cloudId: BenefitId },
): CombinedBenefit[] {
  return order.flatMap((id): CombinedBenefit[] => {
    if (id === dedicated.productId) {
      const p = dedicated.product;
      return p ? [{ benefit: id, amount: p.incidents, from: p.from, rules: p.rules }] : [];
    }
    if (id === dedicated.cloudId) {
      const c = dedicated.cloud;
      return c ? [{ benefit: id, amount: c.incidents, package: c.package, from: c.from, rules: c.rules }] : [];
    }
    const granted = offers.flatMap((o) => o.grants.filter((g) => g.benefit === id).map((grant) => ({ offer: o, grant })));
    if (granted.length === 0) return [];
    if ((policy.benefits[id] ?? 'highestOffer') === 'sum') {
      const amount = granted.some((g) => g.grant.amount === null) ? null : granted.reduce((total, g) => total + (g.grant.amount ?? 0), 0);
      return [{ benefit: id, amount, from: granted.map((g) => g.offer.offer), rules: granted.map((g) => g.grant.rule) }];
    }
    const best = granted.reduce((a, b) => {
      const byRank = rankOf(b.offer) - rankOf(a.offer);
      return byRank > 0 || (byRank === 0 && cloudValue(b.grant.amount) > cloudValue(a.grant.amount)) ? b : a;
    });
    return [{ benefit: id, amount: best.grant.amount, from: [best.offer.offer], rules: [best.grant.rule] }];
  });
}

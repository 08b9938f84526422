/**
 * Which contracts an activation gives, from the entitlement rules: product
 * support with the combined incident count, and Signature Cloud Support
 * unless the rules say the company has none (Action Pack).
 */
import type { CompanyEntitlement } from '../entitlement/entitlementTypes.js';
import type { RequestedBenefit } from '../repositories.js';
import type { ActivationPlan } from './activationTypes.js';

export function planFrom(entitlement: CompanyEntitlement): ActivationPlan {
  const benefits: RequestedBenefit[] = [];
  const rules: string[] = [];
  const product = entitlement.productSupport;
  if (product) {
    benefits.push({ benefit: 'productSupport', incidents: product.incidents });
    rules.push(...product.rules);
  }
  const cloud = entitlement.cloudSupport;
  if (cloud) rules.push(...cloud.rules);
  if (cloud && cloud.package !== 'none') {
    benefits.push({ benefit: 'signatureCloudSupport', incidents: cloud.incidents, cloudPackage: cloud.package });
  }
  return { benefits, cloudExcluded: !cloud || cloud.package === 'none', rules: [...new Set(rules)] };
}

/**
 * Validates program.json into ProgramData at start-up. Any gap (a missing
 * Japanese name, an unknown role, two offers of one rank, a link that is not https) stops the bot
 * with a RulesFileError naming the file and the field.
 */
import type { BenefitKind, Role } from '../model.js';
import { parseJson } from '../ruleEngine/jsonSyntax.js';
import { describeValue, isJsonObject, isNonEmptyString, type JsonObject } from '../ruleEngine/jsonShape.js';
import { RulesFileError } from '../ruleEngine/rulesFileError.js';
import type { CloudSupportPackage } from './entitlementTypes.js';
import { LINK_IDS, ProgramData, type BenefitInfo, type CompetencyInfo, type LinkId, type LocalizedTerms, type LocalizedText, type OfferInfo, type PaidPlan } from './programData.js';

const ROLES: readonly Role[] = ['globalAdmin', 'mpnPartnerAdmin', 'adminAgent', 'helpdeskAgent'];
/** Contracts are for these, so program.json must declare them; it may declare more. */
const CONTRACT_BENEFITS: readonly BenefitKind[] = ['productSupport', 'signatureCloudSupport'];
const CLOUD_PACKAGES: readonly CloudSupportPackage[] = ['none', 'unlimited', '5pack', '10pack'];

export function parseProgramData(file: string, text: string): ProgramData {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    throw new RulesFileError('RULES_JSON_MALFORMED', file, `malformed JSON at line ${parsed.line}, column ${parsed.column} (${parsed.reason})`);
  }
  const fail = (path: string, problem: string): never => {
    throw new RulesFileError('PROGRAM_DATA_INVALID', file, `"${path}" ${problem}`);
  };
  const object = (value: unknown, path: string): JsonObject =>
    isJsonObject(value) ? value : fail(path, `must be an object, found ${describeValue(value)}`);
  const nonEmpty = (value: unknown, path: string): string =>
    isNonEmptyString(value) ? value : fail(path, `must be a non-empty string, found ${describeValue(value)}`);
  const localized = (value: unknown, path: string): LocalizedText => {
    const names = object(value, path);
    return { en: nonEmpty(names.en, `${path}.en`), ja: nonEmpty(names.ja, `${path}.ja`) };
  };
  const oneOf = <T extends string>(value: unknown, allowed: readonly T[], path: string): T =>
    allowed.find((a) => a === value) ?? fail(path, `must be one of ${allowed.join(', ')}, found ${describeValue(value)}`);
  const url = (value: unknown, path: string): string =>
    nonEmpty(value, path).startsWith('https://') ? String(value) : fail(path, 'must be an https:// URL');
  const keyed = <K extends string, V>(value: unknown, keys: readonly K[], path: string, read: (v: unknown, p: string, key: K) => V) => {
    const source = object(value, path);
    return Object.fromEntries(keys.map((k) => [k, read(source[k], `${path}.${k}`, k)])) as Record<K, V>;
  };

  const root = object(parsed.value, '(root)');
  const termList = (value: unknown, path: string): string[] => {
    if (value === undefined) return [];
    return Array.isArray(value) ? value.map((t, i) => nonEmpty(t, `${path}[${i}]`)) : fail(path, 'must be an array of words');
  };
  const terms = (value: unknown, path: string): LocalizedTerms => {
    const source = value === undefined ? {} : object(value, path);
    return { en: termList(source.en, `${path}.en`), ja: termList(source.ja, `${path}.ja`) };
  };
  const offers = Object.entries(object(root.offers, 'offers')).map(([level, value]): OfferInfo => {
    const path = `offers.${level}`;
    const offer = object(value, path);
    const rank = Number.isInteger(offer.rank) && Number(offer.rank) > 0 ? Number(offer.rank) : fail(`${path}.rank`, 'must be a positive integer');
    if (typeof offer.competency !== 'boolean') fail(`${path}.competency`, 'must be true (held in a competency) or false');
    const names = localized(offer.names, `${path}.names`);
    const shortNames = offer.shortNames === undefined ? names : localized(offer.shortNames, `${path}.shortNames`);
    return { level, rank, names, shortNames, competency: offer.competency === true, words: terms(offer.words, `${path}.words`) };
  });
  if (offers.length === 0) fail('offers', 'must declare at least one offer');
  // Ranks order offers and decide "the highest offer held": a tie would leave that to chance.
  offers.forEach((offer, i) => {
    const tie = offers.slice(0, i).find((o) => o.rank === offer.rank);
    if (tie) fail(`offers.${offer.level}.rank`, `is ${offer.rank}, the same as offers.${tie.level}.rank; each offer needs its own rank`);
  });
  offers.sort((a, b) => a.rank - b.rank);
  const competencies = Object.entries(object(root.competencies, 'competencies')).map(([id, value]): CompetencyInfo => {
    const competency = object(value, `competencies.${id}`);
    if (typeof competency.cloud !== 'boolean') fail(`competencies.${id}.cloud`, 'must be true or false');
    return { id, cloud: competency.cloud === true, names: localized(competency.names, `competencies.${id}.names`) };
  });
  const activation = object(root.activation, 'activation');
  const roles = activation.rolesThatMayActivate;
  if (!Array.isArray(roles) || roles.length === 0) fail('activation.rolesThatMayActivate', 'must be a non-empty array of roles');
  const benefitSource = object(root.benefits, 'benefits');
  for (const id of CONTRACT_BENEFITS) object(benefitSource[id], `benefits.${id}`);
  const benefits = Object.entries(benefitSource).map(([id, value]): BenefitInfo => {
    const path = `benefits.${id}`;
    const benefit = object(value, path);
    return {
      id,
      names: localized(benefit.names, `${path}.names`),
      unit: localized(benefit.unit, `${path}.unit`),
      terms: terms(benefit.terms, `${path}.terms`),
    };
  });
  const links = keyed(root.links, LINK_IDS, 'links', url);
  const plans = Array.isArray(root.paidPlans) ? root.paidPlans : fail('paidPlans', 'must be an array');
  const paidPlans = plans.map((value, i): PaidPlan => {
    const path = `paidPlans[${i}]`;
    const plan = object(value, path);
    return {
      id: nonEmpty(plan.id, `${path}.id`),
      names: localized(plan.names, `${path}.names`),
      scope: oneOf(plan.scope, ['allProducts', 'cloudOnly'] as const, `${path}.scope`),
      summary: localized(plan.summary, `${path}.summary`),
      url: links[oneOf<LinkId>(plan.link, LINK_IDS, `${path}.link`)],
    };
  });

  return new ProgramData({
    offers,
    competencies,
    benefits,
    cloudPackageNames: keyed(root.cloudPackages, CLOUD_PACKAGES, 'cloudPackages', localized),
    rolesThatMayActivate: (Array.isArray(roles) ? roles : []).map((r, i) => oneOf(r, ROLES, `activation.rolesThatMayActivate[${i}]`)),
    activationProcessingTime: localized(activation.processingTime, 'activation.processingTime'),
    links,
    paidPlans,
  });
}

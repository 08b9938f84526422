/**
 * A question that states a situation ("does Gold with Cloud Platform get
 * unlimited cloud incidents?", "silver cloud support") is an entitlement
 * question about that situation, even when its other words sound like a
 * neighbouring topic (who may use the IDs, how to open a request). It is sent
 * to the entitlement answers, which compute the figures for the offer stated
 * rather than reciting a stock text. One stated situation has its own
 * answer: incidents that ran out, asked "what now", is the paid plans (the
 * article: a new support plan must be bought), and a named product asked
 * "is it covered" is the n-1 answer for that product. Activation named only
 * as a condition ("once activation finishes, how many incidents…") does not
 * make the question one about activation.
 */
import type { Intent } from '../nlu/intents.js';
import type { Understanding } from '../nlu/nluModel.js';
import { compactText, normalizeText } from '../nlu/textNormalizer.js';

/** Topics whose answers do not depend on the offer held: a named offer there was the real subject. */
const OFFER_BLIND: ReadonlySet<Intent | 'None'> = new Set<Intent | 'None'>([
  'None',
  'anyoneCanUse',
  'benefitDuration',
  'accountAssociation',
  'technicalSupportScope',
  'usefulLinks',
  'cloudRequestHowTo',
  'onPremRequestHowTo',
  'findIds',
  // The company's overview comes from the store; an offer stated in the question is what it asks about.
  'myBenefits',
  'help',
  'greeting',
]);

const ASKS_ENTITLEMENT_EN = /\b(incidents?|unlimited|how many|includes?|included|gets?|comes? with|entitled|cloud|azure)\b/;
const ASKS_ENTITLEMENT_JA = /インシデント|無制限|何件|件数|含ま|付い|使え|クラウド|azure/;
const ASKS_HOW_TO_EN = /\b(how (do|can|to|should)|where|open|create|raise|submit|link|activate|sign in|who)\b/;
const ASKS_HOW_TO_JA = /どうやって|方法|手順|どこ|作成|リンク|アクティブ化|サインイン|誰/;
const CLOUD_ONLY_EN = /\b(cloud|azure|signature|unlimited)\b/;
const CLOUD_ONLY_JA = /クラウド|署名|signature|無制限|azure/;
const ON_PREMISES = /\bon-?prem|オンプレ|incidents? (do|does|will)|何件/;

const RAN_OUT_EN = /\b(run|runs|ran|running) out of\b.{0,30}\bincidents?\b|\bno (more )?incidents? (left|remaining)\b|\bincidents? (are|were) (all )?used up\b/;
const RAN_OUT_JA = /インシデント.{0,12}(使い切|使いき|なくな|無くな|残っていな|残ってな|足りな|0件)/;
const ASKS_WHAT_NOW_EN = /\bwhat (can|should|do|could) (we|i)\b|\bwhat now\b|\bwhat next\b|\boptions?\b|\bwhat then\b|\b(can|could) (we|i) still\b/;
const ASKS_WHAT_NOW_JA = /どうすれば|どうしたら|どうする|どうな|方法|選択肢|手段|もう.{0,12}(取れ|使え|受けられ|出せ|開け)(ない|ません)|まだ.{0,12}(取れ|使え|受けられ|出せ|開け)(る|ます)/;
/** The diagnosis of the portal's error already speaks of used-up packs; the paid plans are the answer itself. */
const KEEPS_OWN_TOPIC: ReadonlySet<Intent | 'None'> = new Set<Intent | 'None'>(['errorAlreadyAssociated', 'paidPlans']);

/** A used-up pack or contract stated in any words ("the 5pack is used up") counts as running out. */
function ranOutAskingWhatNow(normalized: string, compact: string, statedUsedUp: boolean): boolean {
  const ranOut = (en: boolean, ja: boolean): boolean => statedUsedUp || en || ja;
  return ranOut(RAN_OUT_EN.test(normalized), RAN_OUT_JA.test(compact)) && (ASKS_WHAT_NOW_EN.test(normalized) || ASKS_WHAT_NOW_JA.test(compact));
}

/** "Once activation finishes, …" / 「アクティブ化が終わったら」: a condition, not the question. */
const ACTIVATION_DONE_EN = /\b(once|after|when)\b[^,.?]{0,40}?\b(activation|activated)\b[^,.?]{0,20}?\b(finish(es|ed)?|is done|is complete|completes|is approved|is processed|goes through)\b,?/;
const ACTIVATION_DONE_JA = /(アクティブ化|有効化)(が|は)?(終わっ|完了し|済ん|終了し)たら、?/;
const ABOUT_ACTIVATION: ReadonlySet<Intent | 'None'> = new Set<Intent | 'None'>(['activationStatus', 'activationHowTo']);

const ASKS_BALANCE_EN = /\b(left|remaining|remain|used|use[sd]? up|still have|balance|consumed|spent)\b/;
const ASKS_BALANCE_JA = /残|使った|使用済|消費|あと何件|あと何回/;

/** "How long after I click Activate…" is activation's processing time, not how long a benefit stays linked. */
const ACTIVATION_EN = /\bactivat(e|ed|es|ing|ion)\b/;
const ACTIVATION_JA = /アクティブ化|有効化|有効にし/;
const STAYS_LINKED_EN = /\b(associated|association|linked|attached|tied|stays?|remains?|expire[sd]?|expiry|valid|validity|lasts?|good for)\b/;
const STAYS_LINKED_JA = /関連付け|紐付け|紐づけ|リンク|期限|いつまで|有効期間|使える期間/;

function activationNotDuration(normalized: string, compact: string): boolean {
  return (ACTIVATION_EN.test(normalized) || ACTIVATION_JA.test(compact)) && !STAYS_LINKED_EN.test(normalized) && !STAYS_LINKED_JA.test(compact);
}

/** "Is Windows Server 2022 covered?": a named product and whether it is in scope is the n-1 answer. */
const ASKS_COVERAGE_EN = /\b(covered|supported|in scope|out of scope|eligible)\b/;
const ASKS_COVERAGE_JA = /対象|サポートされ|サポート外|サポートして/;
/** Neighbours the model picks for such a question: what technical support is, where to open a request. */
const COVERAGE_NEIGHBOURS: ReadonlySet<Intent | 'None'> = new Set<Intent | 'None'>(['None', 'technicalSupportScope', 'onPremRequestHowTo', 'cloudRequestHowTo', 'unavailablePlans']);

function asksProductCoverage(normalized: string, compact: string): boolean {
  const howTo = ASKS_HOW_TO_EN.test(normalized) || ASKS_HOW_TO_JA.test(compact);
  return !howTo && (ASKS_COVERAGE_EN.test(normalized) || ASKS_COVERAGE_JA.test(compact));
}

export function withStatedSituation(understanding: Understanding, text: string): Understanding {
  const { entities, intent } = understanding;
  if (!KEEPS_OWN_TOPIC.has(intent)) {
    const normalized = normalizeText(text);
    const compact = compactText(normalized);
    if (ranOutAskingWhatNow(normalized, compact, entities.contractCase === 'usedUp')) return { ...understanding, intent: 'paidPlans', score: Math.max(understanding.score, 0.5) };
    // Also when the model could not choose between the two: the words settle it.
    const leading = intent === 'None' && understanding.close ? understanding.alternatives[0]?.intent : intent;
    if (leading === 'benefitDuration' && activationNotDuration(normalized, compact)) {
      return { ...understanding, intent: 'activationHowTo', score: Math.max(understanding.score, 0.5), close: undefined };
    }
    if (entities.product !== undefined && COVERAGE_NEIGHBOURS.has(intent) && asksProductCoverage(normalized, compact)) {
      return { ...understanding, intent: 'oldProducts', score: Math.max(understanding.score, 0.5) };
    }
  }
  // "Is Cloud Platform a cloud competency?" is that topic; with an offer level named it asks what the offer gets.
  const stated = normalizeText(text);
  const conditional = ACTIVATION_DONE_EN.test(stated) || ACTIVATION_DONE_JA.test(compactText(stated));
  // "We're Silver: how many incidents?" names no balance; what is left is the company's, not the stated offer's.
  const noBalance = intent === 'incidentsRemaining' && entities.offerLevel !== undefined && !ASKS_BALANCE_EN.test(stated) && !ASKS_BALANCE_JA.test(compactText(stated));
  const blind = OFFER_BLIND.has(intent) || (intent === 'cloudCompetencies' && entities.offerLevel !== undefined) || (conditional && ABOUT_ACTIVATION.has(intent)) || noBalance;
  if (!(entities.offerLevel ?? entities.competency) || !blind) return understanding;
  const normalized = stated.replace(ACTIVATION_DONE_EN, ' ');
  const compact = compactText(stated).replace(ACTIVATION_DONE_JA, '');
  const asks = ASKS_ENTITLEMENT_EN.test(normalized) || ASKS_ENTITLEMENT_JA.test(compact);
  const howTo = ASKS_HOW_TO_EN.test(normalized) || ASKS_HOW_TO_JA.test(compact);
  if (!asks || howTo) return understanding;
  const cloud = (CLOUD_ONLY_EN.test(normalized) || CLOUD_ONLY_JA.test(compact)) && !ON_PREMISES.test(normalized);
  const target: Intent = cloud ? 'entitlementCloud' : 'entitlementIncidents';
  return { ...understanding, intent: target, score: Math.max(understanding.score, 0.5) };
}

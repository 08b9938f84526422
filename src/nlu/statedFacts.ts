/**
 * Facts a user states about their own situation, read from the normalised
 * text so that answers are computed for that situation rather than picked
 * from a shelf: which offers a question is about and how they relate (two
 * levels compared, a move from one to another, several held together), and
 * which "already associated" case the user describes.
 */
import type { StatedContractCase } from '../domain/linking/linkingTypes.js';
import type { OfferLevel } from '../domain/model.js';
import { compactText } from './textNormalizer.js';

/** How two or more named offers relate in the question. */
export type OfferRelation = 'compare' | 'change' | 'combined';

export type { StatedContractCase };

// Holding several at once, or asking whether they add up.
const COMBINED_EN = /\b(add(s|ed)? up|add(ed)? together|combin(e|ed|ing|ation)|cumulative|stack(s|ed|ing)?|summed|both|together|in total|total|we (have|hold|own)|holding|as well as)\b/;
const COMBINED_JA = /合算|足し合わせ|加算|累積|両方|合計|どちらも|持って(いる|います|る)|保有して|併せ持|も持って/;
// Moving from one level to another, or a hypothetical level instead of the held one.
const CHANGE_EN = /\bfrom\b.*\bto\b|\bupgrad|\bdowngrad|\bmov(e|ing) (up )?to\b|\binstead of\b|\bbecome\b|\bbecame\b|\bswitch(ed)? to\b|\bwere\b/;
const CHANGE_JA = /から.{0,12}(に|へ)(上が|なっ|なる|なれ|変わ|変え|移行|アップ|昇格|切り替)|ではなく|じゃなく|代わりに|だったら|になったら|に上がったら/;
// "Gold instead of Silver" names the target first; 「シルバーではなくゴールド」 names it last.
const INSTEAD_FIRST = /\binstead of\b/;

const ALREADY_ADDED_EN = /\b(already|previously|earlier|first) (had )?(added|associated|linked|registered)\b.{0,80}\b(support for business|on-?prem(ises?)?|services hub)|\b(support for business|on-?prem(ises?)?|services hub)\b.{0,40}\b(already|previously|before)\b|\badded (it|the contract|our contract|my contract)\b.{0,40}\b(support for business|on-?prem)/;
const ALREADY_ADDED_JA = /(ビジネス向けサポート|オンプレミス|オンプレ|supportforbusiness).{0,20}(追加済|追加して|追加した|登録済|登録して|関連付け済|関連付けて|紐付け済|使って)|追加済み/;
const EXPIRED_EN = /\b(expired|has expired|lapsed|past (its|the) end date)\b/;
const EXPIRED_JA = /期限(が)?切れ|失効|有効期限.{0,6}(切れ|過ぎ)|終了日.{0,6}過ぎ/;
const USED_UP_EN = /\bno (more )?incidents? (left|remaining)|\bused (up|all)|\brun out\b|\bran out\b|\bout of incidents\b|\b(0|zero) incidents\b|\bnone left\b/;
const USED_UP_JA = /使い切|残っていない|残ってない|残りがない|残り(が)?0|残り(が)?ゼロ|インシデントがなくな|インシデントが(もう)?ない/;

export function statedContractCase(normalized: string): StatedContractCase | undefined {
  const compact = compactText(normalized);
  if (EXPIRED_EN.test(normalized) || EXPIRED_JA.test(compact)) return 'expired';
  if (USED_UP_EN.test(normalized) || USED_UP_JA.test(compact)) return 'usedUp';
  if (ALREADY_ADDED_EN.test(normalized) || ALREADY_ADDED_JA.test(compact)) return 'alreadyAdded';
  return undefined;
}

/** Only meaningful with two or more distinct levels named. */
export function offerRelation(normalized: string): OfferRelation {
  const compact = compactText(normalized);
  if (CHANGE_EN.test(normalized) || CHANGE_JA.test(compact)) return 'change';
  if (COMBINED_EN.test(normalized) || COMBINED_JA.test(compact)) return 'combined';
  return 'compare';
}

/** The level a change leads to: the one after "to"/"に", or the first before "instead of". */
export function targetOfChange(levels: readonly OfferLevel[], normalized: string): OfferLevel | undefined {
  return INSTEAD_FIRST.test(normalized) ? levels[0] : levels[levels.length - 1];
}

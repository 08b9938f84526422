/**
 * Questions about support that the program's article does not answer:
 * contact details, response times, languages, prices, carrying incidents
 * over, opening hours, how to earn an offer, severity levels, other request
 * channels, refunds, named contacts, the partner benefits that are not
 * technical support (software licences, exam vouchers, cloud credits). The bot has no facts about these, so a
 * question that asks for one gets "the program's rules don't say" and the
 * helpdesk rather than a neighbouring topic's answer.
 */
import { compactText } from './textNormalizer.js';

export type UncoveredAspect =
  | 'contact'
  | 'responseTime'
  | 'language'
  | 'price'
  | 'carryOver'
  | 'hours'
  | 'qualifying'
  | 'severity'
  | 'channel'
  | 'refund'
  | 'namedContact'
  | 'otherBenefits';

/**
 * English patterns test the normalised text (NFKC: full-width letters are
 * already ASCII); Japanese ones the space-free text, so "サポート の 言語" and
 * "サポートの言語" match alike and no pattern assumes an ASCII space.
 */
const PATTERNS: ReadonlyArray<readonly [UncoveredAspect, RegExp, RegExp]> = [
  ['namedContact', /\bwho is (our|my) (technical account manager|tam|account manager|contact)\b|\bour (tam|technical account manager)\b.{0,30}\b(reach|contact|email|call)/, /担当の?(technicalaccountmanager|tam|テクニカルアカウントマネージャー).{0,10}(誰|連絡)|担当者は誰/],
  ['contact', /\b(phone|telephone|hotline) (number|line)\b|\bcontact (details|number|information|info)\b|\bemail address\b|\bcall (microsoft|support)\b/, /電話番号|連絡先|問い合わせ先|メールアドレス|(電話|メール)(の)?窓口/],
  ['responseTime', /\b(respond|responds|response times?|reply time|turnaround|sla|service levels?)\b|\bhow (fast|quickly|long)\b.{0,40}\b(answers?|reply|replies|responds?|get back|hear back)\b/, /(回答|返答|応答|返信|対応|レスポンス).{0,6}(時間|までの|早さ|速さ|sla|目安)|(回答|返答|応答|返信|返事|連絡)(が来る|をもらえる|がある|が来る)?まで.{0,6}(どのくらい|どれくらい|どの位|何日|何時間|かかり)|初回(応答|回答|返答|対応|連絡)|どのくらいの時間で(回答|返答|対応)|何時間で|何日で(回答|返答|対応)|(?<![a-z])sla(?![a-z])|サービスレベル/],
  ['language', /\b(speaks?|speaking) (japanese|english|chinese|korean|french|german|spanish|my language|other languages?)\b|\b(support|engineers?|help|agents?)\b.{0,25}\bin (japanese|chinese|korean|french|german|spanish|my language|other languages?)\b|\blanguages?\b.{0,15}\bsupport|\bsupport(ed)? languages?\b/, /(サポート|対応|問い合わせ|窓口|エンジニア|担当者?)(の|で|が|する|している|できる|可能な)?(使用)?言語|言語(対応|サポート)|何語|(日本語|英語|中国語|韓国語|(他|ほか|以外)の言語)(で|でも|の)(サポート|対応|受け|問い合わせ|やり取り|相談|大丈夫|可能|話せ|通じ)/],
  ['price', /\b(cost|costs|price|prices|pricing|fee|fees)\b|\bhow much (is|does|do|are)\b.{0,40}\b(premier|advanced|plan|support)\b/, /料金|価格|費用|値段|いくら|コスト/],
  ['carryOver', /\b(roll(s|ed)? ?over|carr(y|ies|ied) (over|forward)|unused incidents?)\b/, /繰り越|繰越|持ち越|翌年.{0,6}(使え|残)/],
  ['hours', /\b(weekends?|saturdays?|sundays?|holidays?|24 ?\/ ?7|24x7|24 hours|business hours|office hours|after hours|at night|overnight)\b/, /土日|週末|祝日|休日|営業時間|夜間|24時間|深夜|土曜|日曜/],
  ['qualifying', /\b(earn|achieve|attain|qualify for)\b.{0,20}\b(gold|silver|competency|action pack)\b|\brequirements? (for|to get|to earn) (a |the )?(gold|silver|competency)/, /(ゴールド|シルバー|gold|silver|コンピテンシー|actionpack|アクションパック)(コンピテンシー)?(を|の)?(取得|獲得|取る|達成|認定)|取得(条件|要件)/],
  ['severity', /\b(severity|sev ?[abc123]|priority levels?|critical situation)\b/, /重要度|重大度|緊急度|深刻度|優先度/],
  ['channel', /\b(by|via|over|through) (e-?mail|phone|telephone|chat|fax)\b|\be-?mail (a|the|my|our) (support )?(request|ticket|incident)\b/, /(メール|電話|チャット|fax)で(サポート|依頼|問い合わせ|申し込|連絡|要求)/],
  ['otherBenefits', /\b(software|product|internal[- ]use) licen[cs]es?\b|\bwhich licen[cs]es\b|\blicen[cs]es? (come|comes|are included|included)\b|\binternal[- ]use rights?\b|\bvouchers?\b|\bcertification exams?\b|\bazure credits?\b/, /ソフトウェアライセンス|含まれるライセンス|ライセンスの一覧|社内使用権|バウチャー|認定試験|azureクレジット/],
  ['refund', /\b(refund(s|ed)?|credit(ed)? back|reimburs|get (the|an|our) incidents? back|returned to (us|our))\b/, /返金|返還|返して(もら|くれ)|戻して(もら|くれ)|払い戻/],
];

export function uncoveredAspect(normalized: string): UncoveredAspect | undefined {
  const compact = compactText(normalized);
  return PATTERNS.find(([, en, ja]) => en.test(normalized) || ja.test(compact))?.[0];
}

import { compactText } from './textNormalizer.js';

export type ErrorMessageKind = 'notAuthorized' | 'noBenefits' | 'alreadyAssociated';

/**
 * "pasted": the message itself (or its distinctive core) is in the text, so
 * the user is quoting the portal and the error intent must win. "described":
 * the user paraphrases it ("Azure says my access id is already associated");
 * the classifier, trained on paraphrases, decides, and this is a fallback.
 */
export type ErrorEvidence = 'pasted' | 'described';

export interface ErrorMessageMatch {
  readonly kind: ErrorMessageKind;
  readonly evidence: ErrorEvidence;
}

interface ErrorPatterns {
  readonly kind: ErrorMessageKind;
  /** Tested against the normalised text (lower case, single spaces). */
  readonly pastedEn: RegExp;
  /** Tested against the space-free text: Japanese localisations, spacing varies. */
  readonly pastedJa: RegExp;
  readonly describedEn: RegExp;
  readonly describedJa: RegExp;
}

// Ordered most specific first: the already-associated message mentions an
// account and a manager, which the looser patterns of the others could catch.
const PATTERNS: readonly ErrorPatterns[] = [
  {
    kind: 'alreadyAssociated',
    pastedEn:
      /access id is already associated (to|with) an account|contact your technical account manager to obtain a new access id/,
    pastedJa:
      /アクセスidは(既に|すでに)アカウントに関連付けられています|新しいアクセスidを取得するには.{0,20}(テクニカルアカウントマネージャー|tam)|(テクニカルアカウントマネージャー|tam).{0,30}新しいアクセスidを取得/,
    describedEn:
      /already (been )?(associated|linked|in use|registered)|access id.{0,20}already (been )?used|(technical account manager|tam)\b.{0,40}new access id|new access id.{0,40}(technical account manager|\btam\b)/,
    describedJa:
      /(既に|すでに|もう)(アカウントに)?(関連付け|紐づ|紐付|リンク)|関連付け済み|紐(づ|付)け済み|already ?associated|アクセスid.{0,10}(既に|すでに|もう)(使われ|使用され|使用中|登録され)/,
  },
  {
    kind: 'notAuthorized',
    pastedEn: /you are not authori[sz]ed for this action/,
    pastedJa: /この操作は許可されていません|この操作を行う権限がありません|このアクションを実行する(権限|アクセス許可)がありません|この(操作|アクション)に対する権限がありません|このアクションは許可されていません/,
    describedEn: /not authori[sz]ed|unauthori[sz]ed|no authori[sz]ation|(don'?t|do not) have authori[sz]ation/,
    describedJa: /権限がありません|権限がない|権限エラー|権限不足|承認されていません|認可されていません|notauthori[sz]ed/,
  },
  {
    kind: 'noBenefits',
    pastedEn: /looks like you (don'?t|do not) have any benefits yet/,
    pastedJa: /まだ特典がないようです|特典はまだないようです|まだ特典がありません(ようです)?/,
    describedEn:
      /\bno benefits\b|(don'?t|do not|dont) have any benefits|benefits (page )?(is |are |looks )?(totally |completely |just )?(empty|missing|blank)|(don'?t|dont) see any benefits/,
    describedJa: /特典が(まだ)?(ない|ありません|表示されない|表示されません|見つからない|空|ゼロ|一つもない)|特典なし|特典ページが空|特典がない|lookslikeyoudon'?thaveanybenefits/,
  },
];

/** Recognises the three portal errors partners paste or describe, in either language. */
export function detectErrorMessage(normalized: string): ErrorMessageMatch | undefined {
  const compact = compactText(normalized);
  for (const patterns of PATTERNS) {
    if (patterns.pastedEn.test(normalized) || patterns.pastedJa.test(compact)) {
      return { kind: patterns.kind, evidence: 'pasted' };
    }
  }
  for (const patterns of PATTERNS) {
    if (patterns.describedEn.test(normalized) || patterns.describedJa.test(compact)) {
      return { kind: patterns.kind, evidence: 'described' };
    }
  }
  return undefined;
}

/**
 * The "Why?" of an activation answer in plain words: the company, its offers,
 * the role or account or activation state that decided. The rules that fired
 * are logged, never shown.
 */
import { defineMessages } from '../../i18n/messages.js';

export const activationWhyMessages = defineMessages(
  {
    unknown: 'You are not in the partner directory, so I can\'t see your company, your roles or its contracts.',
    cspOnly: 'Your account is associated with CSP only, not with the MPN (partner network).',
    noOffers: '{company} holds no active {offers} offer.',
    offers: '{company} holds {offers}.',
    notActivating: 'Your roles in {company}: {roles}. Activating needs {activating}.',
    activating: 'You are {roles} of {company}, a role that may activate.',
    activated: 'The technical benefits of {company} were activated on {date}.',
    pending: 'Activation for {company} was requested on {date} and is still being processed.',
    notActivated: 'The technical benefits of {company} are not activated yet.',
  },
  {
    unknown: 'パートナー ディレクトリに登録されていないため、貴社やロール、契約を確認できません。',
    cspOnly: 'お使いのアカウントは CSP のみに関連付けられ、MPN (パートナー ネットワーク) には関連付けられていません。',
    noOffers: '{company} には有効な {offers}のオファーがありません。',
    offers: '{company} のオファー: {offers}。',
    notActivating: '{company} でのロール: {roles}。アクティブ化には{activating}のロールが必要です。',
    activating: '{company} でのロール: {roles} (アクティブ化できるロールです)。',
    activated: '{company} の技術関連の特典は {date} にアクティブ化されました。',
    pending: '{company} のアクティブ化は {date} に申請され、現在処理中です。',
    notActivated: '{company} の技術関連の特典はまだアクティブ化されていません。',
  },
);

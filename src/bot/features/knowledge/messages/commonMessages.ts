/**
 * Wording shared by every knowledge topic: the "Why?" panel, the note for
 * users the directory does not know, activation state. Contract standing and
 * link titles are the shared vocabulary (src/bot/presentation); topic-specific
 * wording lives beside this file, one file per group.
 */
import { defineMessages } from '../../../i18n/messages.js';

export const commonMessages = defineMessages(
  {
    whyTitle: 'Why?',
    unknownNote: 'You are not in the partner directory yet, so this is the general answer. For answers about your own company\'s offers and contracts, ask your Global admin or MPN partner admin to have you added.',
    whySource: 'Program facts: the partner program\'s technical-support benefits article, kept as editable data (program.json, entitlements.json).',
    whyUnknown: 'You were not found in the partner directory (Teams user and tenant), so no company records were used.',
    whyDirectory: 'Directory record of {company}: offers {offers}; activation {status}.',
    whyPerson: 'Your directory record: roles {roles}; account associated with {association}.',
    whyContracts: 'Contract records of {company}: {count}, evaluated on {today}.',
    whyRule: 'Rule "{rule}": {effect}',
    whyHighestOffer: 'Offers do not add up: the highest offer held ({offer}) sets the number of product-support incidents.',
    whySumOffers: 'Combination setting "sum": the product-support incidents of all offers are added up.',
    whyBestCompetency: 'Cloud entitlements do not add up either: the best competency held ({offer}) sets the cloud support.',
    whySumPacks: 'Combination setting "sum": the Signature packs of all offers are added up.',
    none: 'none',
    noOffers: 'no active offer',
    statusActivated: 'activated',
    statusPending: 'requested, being processed',
    statusNotActivated: 'not activated yet',
    assocMpnAndCsp: 'MPN and CSP',
    assocMpn: 'MPN only',
    assocCsp: 'CSP only',
    assocNeither: 'neither MPN nor CSP',
    notActivatedNote: 'The technical benefits of {company} are not activated yet. A Global admin or MPN partner admin activates them in Partner Center; processing takes {time}.',
    pendingNote: 'Activation for {company} was requested on {date} and is being processed (it takes {time}).',
    cspOnlyNote: 'Your account is associated with CSP only, so Partner Center will not show you the benefits ("You are not authorized for this action"): sign in with an MPN-associated account.',
  },
  {
    whyTitle: '根拠',
    unknownNote: 'パートナー ディレクトリにまだ登録されていないため、一般的な回答です。自社のオファーや契約に基づく回答をご希望の場合は、グローバル管理者または MPN パートナー管理者に登録を依頼してください。',
    whySource: 'プログラムの事実: パートナー プログラムのテクニカルサポート特典に関する記事 (編集可能なデータ program.json、entitlements.json として保持)。',
    whyUnknown: 'パートナー ディレクトリに該当するユーザー (Teams ユーザーとテナント) が見つからないため、会社の記録は使っていません。',
    whyDirectory: '{company} のディレクトリ記録: オファー {offers}、アクティブ化 {status}。',
    whyPerson: 'あなたのディレクトリ記録: ロール {roles}、アカウントの関連付け {association}。',
    whyContracts: '{company} の契約記録: {count} 件 ({today} 時点で評価)。',
    whyRule: 'ルール「{rule}」: {effect}',
    whyHighestOffer: 'オファーは合算されません。保有する最上位のオファー ({offer}) が製品サポートのインシデント数を決めます。',
    whySumOffers: '組み合わせ設定「sum」: すべてのオファーの製品サポート インシデント数を合算します。',
    whyBestCompetency: 'クラウド サポートも合算されません。保有する最良のコンピテンシー ({offer}) がクラウド サポートを決めます。',
    whySumPacks: '組み合わせ設定「sum」: すべてのオファーの Signature パックを合算します。',
    none: 'なし',
    noOffers: '有効なオファーなし',
    statusActivated: 'アクティブ化済み',
    statusPending: '申請済み・処理中',
    statusNotActivated: '未アクティブ化',
    assocMpnAndCsp: 'MPN と CSP',
    assocMpn: 'MPN のみ',
    assocCsp: 'CSP のみ',
    assocNeither: 'MPN・CSP のどちらにも未関連付け',
    notActivatedNote: '{company} の技術関連の特典はまだアクティブ化されていません。グローバル管理者または MPN パートナー管理者がパートナー センターでアクティブ化します (処理には{time}かかります)。',
    pendingNote: '{company} のアクティブ化は {date} に申請済みで、処理中です (処理には{time}かかります)。',
    cspOnlyNote: 'あなたのアカウントは CSP のみに関連付けられているため、パートナー センターでは特典が表示されません (「この操作を行う権限がありません」)。MPN に関連付けられたアカウントでサインインしてください。',
  },
);

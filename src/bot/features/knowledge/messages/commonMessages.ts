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
    whySource: 'Program facts: the partner program\'s article on technical-support benefits.',
    whyUnknown: 'You were not found in the partner directory (Teams user and tenant), so this is a general answer and no company records were used. Your Global admin or MPN partner admin can add you.',
    whyDirectory: 'Directory record of {company}: offers {offers}; activation {status}.',
    whyPerson: 'Your directory record: roles {roles}; account associated with {association}.',
    whyContracts: 'Contract records of {company}: {count}, evaluated on {today}.',
    whyRule: 'Because of {offer}: {effect}.',
    whyHighestOffer: 'Offers do not add up (this helpdesk\'s policy; the program\'s article does not say): the highest offer held ({offer}) sets the number of product-support incidents.',
    whySumOffers: 'Offers add up (this helpdesk\'s setting; the program\'s article does not say): the product-support incidents of all offers are added together.',
    whyBestCompetency: 'Cloud entitlements do not add up either: the best competency held ({offer}) sets the cloud support.',
    whySumPacks: 'Cloud entitlements add up too: the Signature packs of all offers are added together.',
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
    whySource: 'プログラムの事実: パートナー プログラムのテクニカルサポート特典に関する記事。',
    whyUnknown: 'パートナー ディレクトリに該当するユーザー (Teams ユーザーとテナント) が見つからないため、会社の記録を使わない一般的な回答です。グローバル管理者または MPN パートナー管理者が登録できます。',
    whyDirectory: '{company} のディレクトリ記録: オファー {offers}、アクティブ化 {status}。',
    whyPerson: 'あなたのディレクトリ記録: ロール {roles}、アカウントの関連付け {association}。',
    whyContracts: '{company} の契約記録: {count} 件 ({today} 時点で評価)。',
    whyRule: '{offer}のため: {effect}。',
    whyHighestOffer: 'オファーは合算されません (このヘルプデスクの方針です。プログラムの記事には記載がありません)。保有する最上位のオファー ({offer}) が製品サポートのインシデント数を決めます。',
    whySumOffers: 'オファーは合算されます (このヘルプデスクの設定です。プログラムの記事には記載がありません): すべてのオファーの製品サポート インシデント数を合計します。',
    whyBestCompetency: 'クラウド サポートも合算されません。保有する最良のコンピテンシー ({offer}) がクラウド サポートを決めます。',
    whySumPacks: 'クラウド サポートも合算されます: すべてのオファーの Signature パックを合計します。',
    statusActivated: 'アクティブ化済み',
    statusPending: '申請済み・処理中',
    statusNotActivated: '未アクティブ化',
    assocMpnAndCsp: 'MPN と CSP',
    assocMpn: 'MPN のみ',
    assocCsp: 'CSP のみ',
    assocNeither: 'MPN・CSP のどちらにも未関連付け',
    notActivatedNote: '{company} の技術関連の特典はまだアクティブ化されていません。グローバル管理者または MPN パートナー管理者がパートナー センターでアクティブ化します (処理には{time}かかります)。',
    pendingNote: '{company} のアクティブ化は {date} に申請済みで、処理中です (処理には{time}かかります)。',
    cspOnlyNote: 'あなたのアカウントは CSP のみに関連付けられているため、パートナー センターでは特典が表示されません (「この操作は許可されていません」)。MPN に関連付けられたアカウントでサインインしてください。',
  },
);

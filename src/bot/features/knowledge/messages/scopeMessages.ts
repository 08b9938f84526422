/**
 * Wording of what the benefits cover (domain §2, §3): technical support as
 * troubleshooting, recent on-premises versions only (n-1), cloud competencies.
 */
import { defineMessages } from '../../../i18n/messages.js';

export const scopeMessages = defineMessages(
  {
    scopeTitle: 'What counts as technical support',
    scope: 'Technical support means troubleshooting: a specific problem, an error message, or functionality that does not work as expected.',
    scopeNotNote: 'Advice, design reviews or general how-to guidance are not troubleshooting a problem, so they fall outside these incidents; the paid partner support plans cover more.',
    scopeProducts: 'Microsoft Product Support covers recent on-premises products only; Signature Cloud Support covers cloud products only.',
    oldTitle: 'Older product versions',
    oldNamed: '{product} is an older version, so it is out of scope: Microsoft Product Support covers recent on-premises products only (the n-1 policy).',
    recentNamed: '{product} is an on-premises product: its recent versions are covered by Microsoft Product Support, older versions are not (the n-1 policy).',
    cloudNamed: '{product} is a cloud product: it is covered by Signature Cloud Support ({offers}), not by on-premises product support, so the n-1 version rule does not apply.',
    oldGeneral: 'Only recent versions of on-premises products are supported (the n-1 policy): older versions are out of scope for Microsoft Product Support.',
    oldUnavailable: 'If you pick an old product in Support for Business, the partner contract appears under "unavailable support plans".',
    competenciesTitle: 'Cloud competencies',
  },
  {
    scopeTitle: 'テクニカルサポートの対象',
    scope: 'テクニカルサポートとは、特定の問題、エラー メッセージ、または期待どおりに動作しない機能のトラブルシューティングのことです。',
    scopeNotNote: 'アドバイス、設計レビュー、一般的な使い方の案内は問題のトラブルシューティングではないため、これらのインシデントの対象外です。より広い支援は有償のパートナー サポート プランでご利用いただけます。',
    scopeProducts: 'Microsoft 製品サポートの対象は最新のオンプレミス製品のみ、Signature クラウドサポートの対象はクラウド製品のみです。',
    oldTitle: '古いバージョンの製品',
    oldNamed: '{product} は古いバージョンのため対象外です。Microsoft 製品サポートの対象は最新のオンプレミス製品のみです (n-1 ポリシー)。',
    recentNamed: '{product} はオンプレミス製品です。最新のバージョンは Microsoft 製品サポートの対象ですが、古いバージョンは対象外です (n-1 ポリシー)。',
    cloudNamed: '{product} はクラウド製品のため、オンプレミスの製品サポートではなく Signature クラウドサポート ({offers}) の対象です。n-1 のバージョン規定は適用されません。',
    oldGeneral: 'サポート対象はオンプレミス製品の最新バージョンのみです (n-1 ポリシー)。古いバージョンは Microsoft 製品サポートの対象外です。',
    oldUnavailable: 'ビジネス向けサポートで古い製品を選ぶと、パートナー契約は「使用できないサポートプラン」に表示されます。',
    competenciesTitle: 'クラウド コンピテンシー',
  },
);

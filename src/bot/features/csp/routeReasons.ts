/**
 * The explanation of each routing rule's reason (the Why? panel); the titles
 * of program.json's links are the shared vocabulary's (src/bot/presentation).
 * A rule file may add a reason not listed here: the card then shows the
 * rule's name alone, so data changes never break a conversation.
 */
import type { Language } from '../../../domain/model.js';
import { defineMessages } from '../../i18n/messages.js';

export const routeReasons = defineMessages(
  {
    unknownUser: 'You are not in the partner directory, so I can\'t see your company\'s contracts.',
    unknownUserCsp: 'You asked about a request for a customer, but you are not in the partner directory, so I can only explain the general route, not check your role or your company\'s customers.',
    notCspCompany: 'Your company is not enrolled in the Cloud Solution Provider (CSP) program, so nobody there can open service-management requests for customers.',
    notAdminAgent: 'Requests for CSP customers are opened through Service management in Partner Center, which only an Admin agent may use. Your account does not have that role.',
    customerMissing: 'The customer must be one of your company\'s CSP customers.',
    productMissing: 'The route depends on the product: cloud products and on-premises products use different plans.',
    cspAzurePlan: 'You are an Admin agent of a CSP company, and CSP partners opening Azure requests may use the Cloud Solution Provider plan without adding a contract.',
    cspWorkloadContract: 'You are an Admin agent of a CSP company; for this cloud workload the request is created in its own portal, with your active Signature Cloud Support contract.',
    noBenefits: 'Your company has no active offer with technical-support benefits.',
    noCloudSupport: 'Your company\'s offers include no cloud support (Action Pack has on-premises product support only).',
    oldProduct: 'Older on-premises product versions are out of scope under the n-1 policy: only recent versions are supported.',
    notActivated: 'Your company\'s technical benefits are not activated yet; they must be activated before use.',
    activationPending: 'Your company\'s activation has been requested and is still being processed (it takes a few days).',
    cloudContractExpired: 'Your Signature Cloud Support contract has expired.',
    cloudContractUsedUp: 'Your Signature Cloud Support contract has no incidents left.',
    signatureCloudLinked: 'This is a cloud product, your Signature Cloud Support contract is active and your account has already linked it.',
    signatureCloudLinkFirst: 'This is a cloud product and your Signature Cloud Support contract is active, but your account has not linked it in the Azure portal yet.',
    productContractExpired: 'Your Microsoft Product Support contract has expired.',
    productContractUsedUp: 'Your Microsoft Product Support contract has no incidents left.',
    productSupportActive: 'This is a recent on-premises product and your Microsoft Product Support contract is active.',
    noRuleFits: 'No routing rule fits what I know about this request.',
  },
  {
    unknownUser: 'パートナー ディレクトリに登録されていないため、貴社の契約を確認できません。',
    unknownUserCsp: '顧客の要求についてのご質問ですが、パートナー ディレクトリに登録されていないため、ロールや貴社の顧客は確認できません。一般的なルートのみご案内します。',
    notCspCompany: '貴社はクラウド ソリューション プロバイダー (CSP) プログラムに参加していないため、顧客のサービス管理の要求は作成できません。',
    notAdminAgent: 'CSP 顧客の要求はパートナー センターの [サービス管理] から作成し、これを使えるのは管理エージェントのみです。お使いのアカウントにはこのロールがありません。',
    customerMissing: '顧客は貴社の CSP 顧客である必要があります。',
    productMissing: 'ルートは製品によって決まります。クラウド製品とオンプレミス製品では使うプランが異なります。',
    cspAzurePlan: 'CSP 企業の管理エージェントであり、CSP パートナーは Azure の要求で契約を追加せずに Cloud Solution Provider プランを使えます。',
    cspWorkloadContract: 'CSP 企業の管理エージェントです。このクラウド ワークロードの要求はそのポータルで、有効な Signature クラウドサポートの契約を使って作成します。',
    noBenefits: '貴社にはテクニカルサポート特典のある有効なオファーがありません。',
    noCloudSupport: '貴社のオファーにはクラウド サポートが含まれません (Action Pack はオンプレミスの製品サポートのみです)。',
    oldProduct: 'n-1 ポリシーにより、古いバージョンのオンプレミス製品は対象外です。サポートされるのは最近のバージョンのみです。',
    notActivated: '貴社の技術関連の特典はまだアクティブ化されていません。使う前にアクティブ化が必要です。',
    activationPending: '貴社のアクティブ化は申請済みで、現在処理中です (数日かかります)。',
    cloudContractExpired: 'Signature クラウドサポートの契約は期限切れです。',
    cloudContractUsedUp: 'Signature クラウドサポートの契約にはインシデントが残っていません。',
    signatureCloudLinked: 'クラウド製品で、Signature クラウドサポートの契約は有効であり、お使いのアカウントでリンク済みです。',
    signatureCloudLinkFirst: 'クラウド製品で、Signature クラウドサポートの契約は有効ですが、お使いのアカウントではまだ Azure ポータルでリンクされていません。',
    productContractExpired: 'Microsoft 製品サポートの契約は期限切れです。',
    productContractUsedUp: 'Microsoft 製品サポートの契約にはインシデントが残っていません。',
    productSupportActive: '最近のオンプレミス製品で、Microsoft 製品サポートの契約は有効です。',
    noRuleFits: 'この要求について分かっている情報に合うルートのルールがありません。',
  },
);

export type ReasonKey = keyof typeof routeReasons.en;

export function hasReasonText(reason: string): reason is ReasonKey {
  return Object.hasOwn(routeReasons.en, reason);
}

/** The explanation of a reason, or undefined for one a newer rule file introduced. */
export function reasonText(language: Language, reason: string): string | undefined {
  return hasReasonText(reason) ? routeReasons.for(language)(reason) : undefined;
}

/** Wording of the general CSP route, shown to users the directory does not know (domain §1, §6). */
import { defineMessages } from '../../i18n/messages.js';

export const generalRouteMessages = defineMessages(
  {
    title: 'Requests for CSP customers',
    summary: 'Only an Admin agent of a CSP partner can open requests for customers: in Partner Center go to CSP → Customers, pick the customer, then Service management → New request, and the workload\'s own portal opens. For Azure, the Cloud Solution Provider plan needs no contract.',
    whoLabel: 'Who may',
    whoValue: 'Admin agent (a CSP role)',
    azureLabel: 'Azure requests',
    azureValue: 'Cloud Solution Provider plan, no contract needed',
    otherLabel: 'Other cloud workloads',
    otherValue: 'your Signature Cloud Support contract (Access ID and Contract ID), added in the workload\'s portal',
    stepsHeading: 'Steps',
    step1: 'Sign in to Partner Center with an Admin agent account.',
    step2: 'Go to CSP → Customers.',
    step3: 'Select the customer.',
    step4: 'Open Service management, then select New request.',
    step5: 'Pick the workload: its own portal opens, where the request is created (and the contract added, unless it is Azure with the Cloud Solution Provider plan).',
    directoryNote: 'You are not in the partner directory, so this is the general route. For routing that knows your role, your company\'s customers and contracts, ask your Global admin or MPN partner admin to have you added.',
  },
  {
    title: 'CSP 顧客の要求',
    summary: '顧客の要求を作成できるのは、CSP パートナーの管理エージェントだけです。パートナー センターで [CSP] → [顧客] を開き、顧客を選んでから [サービス管理] → [新しい要求] を選ぶと、ワークロードのポータルが開きます。Azure では Cloud Solution Provider プランを使えるため、契約は不要です。',
    whoLabel: '作成できる人',
    whoValue: '管理エージェント (CSP のロール)',
    azureLabel: 'Azure の要求',
    azureValue: 'Cloud Solution Provider プラン (契約は不要)',
    otherLabel: 'その他のクラウド ワークロード',
    otherValue: 'Signature クラウドサポートの契約 (アクセス ID と契約 ID) をワークロードのポータルで追加',
    stepsHeading: '手順',
    step1: '管理エージェントのアカウントでパートナー センターにサインインします。',
    step2: '[CSP] → [顧客] を開きます。',
    step3: '顧客を選びます。',
    step4: '[サービス管理] を開き、[新しい要求] を選びます。',
    step5: 'ワークロードを選ぶと、そのポータルが開きます。そこで要求を作成します (Azure で Cloud Solution Provider プランを使う場合を除き、契約も追加します)。',
    directoryNote: 'パートナー ディレクトリに登録されていないため、一般的なルートをご案内しています。ロールや貴社の顧客・契約に基づいたご案内をご希望の場合は、グローバル管理者または MPN パートナー管理者に登録を依頼してください。',
  },
);

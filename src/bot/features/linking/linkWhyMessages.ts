/**
 * The "Why?" of a link attempt in plain words: the contract state or company
 * fact that decided. The rules that fired are logged, never shown.
 */
import { defineMessages } from '../../i18n/messages.js';

export const linkWhyMessages = defineMessages(
  {
    linked: 'The contract belongs to {company}, is active, and was not yet associated with your account.',
    alreadyLinked: 'The contract is already associated with your account.',
    badFormat: 'What was typed does not have the shape of an Access ID and a Contract ID.',
    notFound: 'No contract of {company} has these two IDs.',
    expired: 'The contract ended on {endDate}.',
    notStarted: 'The contract starts on {startDate}.',
    usedUp: 'The contract has 0 incidents remaining.',
    noCloudSupport: '{company} holds {offers}, and none of these includes Signature Cloud Support.',
    productContractForCloud: 'These IDs belong to a Microsoft Product Support contract, which covers on-premises products only.',
    cloudContractForOnPremises: 'These IDs belong to a Signature Cloud Support contract, which covers cloud products only.',
    linkedToOther: 'The contract is active and associated with the account of {people}.',
  },
  {
    linked: '契約は {company} のもので有効であり、まだあなたのアカウントに関連付けられていませんでした。',
    alreadyLinked: '契約はすでにあなたのアカウントに関連付けられています。',
    badFormat: '入力された内容が、アクセス ID と契約 ID の形式になっていません。',
    notFound: 'この 2 つの ID を持つ {company} の契約はありません。',
    expired: '契約は {endDate} に終了しました。',
    notStarted: '契約の開始日は {startDate} です。',
    usedUp: '契約の残りのインシデントが 0 件です。',
    noCloudSupport: '{company} のオファーは {offers} で、どれにも Signature クラウドサポートが含まれません。',
    productContractForCloud: 'この ID は Microsoft 製品サポートの契約のもので、対象はオンプレミス製品のみです。',
    cloudContractForOnPremises: 'この ID は Signature クラウドサポートの契約のもので、対象はクラウド製品のみです。',
    linkedToOther: '契約は有効で、{people}のアカウントに関連付けられています。',
  },
);

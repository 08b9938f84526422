/**
 * Wording of paid plans and useful links (domain §8, §9). Plan names,
 * summaries and every URL come from program.json.
 */
import { defineMessages } from '../../../i18n/messages.js';

export const planMessages = defineMessages(
  {
    paidTitle: 'Paid partner support plans',
    paid: 'Beyond the included benefits, partners can buy {list}.',
    planItem: '{name} ({summary})',
    cloudOnly: 'cloud products only',
    allProducts: 'all products',
    packGone: 'Your {pack} is used up or expired: buying a plan is how to get more Azure incidents.',
    noCloud: 'The offers of {company} include no cloud support: for cloud products, see {plans}.',
    linksTitle: 'Useful links',
    links: 'The links partners use most: Partner Center, Support for Business, the Azure portal, the CSP customers page, the support plans and the program\'s articles.',
    linksHeading: 'Links',
  },
  {
    paidTitle: '有償のパートナー サポート プラン',
    paid: '含まれている特典のほかに、{list} を購入できます。',
    planItem: '{name} ({summary})',
    cloudOnly: 'クラウド製品のみ',
    allProducts: 'すべての製品',
    packGone: 'あなたの {pack} は使い切り済みか期限切れです。Azure のインシデントを追加で得るには、プランの購入が必要です。',
    noCloud: '{company} のオファーにはクラウド サポートが含まれません。クラウド製品については {plans} をご覧ください。',
    linksTitle: '便利なリンク',
    links: 'パートナーがよく使うリンクです: パートナー センター、ビジネス向けサポート、Azure portal、CSP の顧客ページ、サポート プラン、プログラムの記事。',
    linksHeading: 'リンク',
  },
);

/**
 * Wording of the Partner Center errors users paste (domain §1, §2):
 * "You are not authorized for this action" and "Looks like you don't have
 * any benefits yet". The quoted error texts are the portal's own.
 */
import { defineMessages } from '../../../i18n/messages.js';

export const errorMessages = defineMessages(
  {
    notAuthTitle: '"You are not authorized for this action"',
    notAuthGeneral: '"You are not authorized for this action" means you signed in to Partner Center with an account associated only with CSP: sign in with an MPN-associated account to see the technical benefits.',
    notAuthCspOnly: 'Your account is associated with CSP only, which is why Partner Center says "You are not authorized for this action": sign in with an MPN-associated account to see the benefits.',
    notAuthMpn: 'In my records your account is associated with {association}, so this error means Partner Center is signed in with another, CSP-only account: sign in with your MPN-associated account.',
    notAuthNeither: 'In my records your account is associated with neither MPN nor CSP, so it cannot see the benefits: sign in with an MPN-associated account.',
    fixHeading: 'How to fix it',
    fix1: 'In Partner Center, select the Account icon (top right).',
    fix2: 'Sign in with another account: the one associated with MPN.',
    fix3: 'Open Benefits → Technical benefits again.',
    cspStillUseful: 'A CSP-only account is still the right one for CSP work, such as opening service requests for CSP customers.',
    noBenTitle: '"Looks like you don\'t have any benefits yet"',
    noBenGeneral: '"Looks like you don\'t have any benefits yet" means the company has no active offer ({offers}). If it does hold one, you are probably signed in with the wrong account.',
    noBenNoOffers: 'The message is right for {company}: it has no active offer in my records, so there are no technical benefits yet.',
    noBenHasOffers: '{company} holds {offers}, so you are probably signed in to Partner Center with the wrong account.',
    noBenOffersNote: 'Technical benefits come with the {offers} offers; the paid partner support plans are an alternative.',
  },
  {
    notAuthTitle: '「この操作は許可されていません」',
    notAuthGeneral: '「この操作は許可されていません」(You are not authorized for this action) は、CSP のみに関連付けられたアカウントでパートナー センターにサインインしていることを意味します。技術関連の特典を表示するには、MPN に関連付けられたアカウントでサインインしてください。',
    notAuthCspOnly: 'あなたのアカウントは CSP のみに関連付けられているため、パートナー センターに「この操作は許可されていません」と表示されます。特典を表示するには、MPN に関連付けられたアカウントでサインインしてください。',
    notAuthMpn: '記録上、あなたのアカウントの関連付けは {association} です。このエラーは、パートナー センターに別の CSP のみのアカウントでサインインしていることを示しています。MPN に関連付けられたアカウントでサインインしてください。',
    notAuthNeither: '記録上、あなたのアカウントは MPN にも CSP にも関連付けられていないため、特典を表示できません。MPN に関連付けられたアカウントでサインインしてください。',
    fixHeading: '解決方法',
    fix1: 'パートナー センターで、右上のアカウント アイコンを選びます。',
    fix2: '別のアカウント (MPN に関連付けられたアカウント) でサインインします。',
    fix3: 'もう一度 [特典] → [技術関連の特典] を開きます。',
    cspStillUseful: 'CSP のみのアカウントは、CSP 顧客のサービス要求の作成など、CSP の作業には引き続き適したアカウントです。',
    noBenTitle: '「まだ特典がないようです」',
    noBenGeneral: '「まだ特典がないようです」(Looks like you don\'t have any benefits yet) は、会社に有効なオファー ({offers}) がないことを意味します。オファーを保有している場合は、別のアカウントでサインインしている可能性があります。',
    noBenNoOffers: '{company} の場合、このメッセージのとおりです。記録上、有効なオファーがないため、技術関連の特典はまだありません。',
    noBenHasOffers: '{company} は {offers} を保有しているため、パートナー センターに別のアカウントでサインインしている可能性があります。',
    noBenOffersNote: '技術関連の特典は {offers}の各オファーに含まれます。有償のパートナー サポート プランという選択肢もあります。',
  },
);

/**
 * Wording of "how many incidents are left" (domain §5): a company's
 * standing, and how anyone can check it in Support for Business.
 */
import { defineMessages } from '../../../i18n/messages.js';

export const remainingMessages = defineMessages(
  {
    title: 'Incidents remaining',
    product: '{company} has {remaining} of {total} on-premises product support incidents left, until {end}.',
    other: '{company}: {line}.',
    cloudUnlimited: 'Signature Cloud Support has unlimited incidents.',
    packLeft: 'The {pack} has {remaining} of {total} incidents left.',
    packUsedUp: 'The {pack} is used up (0 of {total} left).',
    notActivated: '{company} has no incidents to count yet because its benefits are not activated. Once activated, {offers} gives {count} on-premises product support incidents.',
    pending: '{company} has no incidents to count yet: its activation is being processed. Once it completes, {offers} gives {count} on-premises product support incidents.',
    noContract: 'I have no contract of {company} in my records. You can read the number yourself in Support for Business, as below.',
    general: 'Incidents remaining are shown only in Support for Business: start a new request (pick Windows 10, fill in dummy data) and step 2 shows the Partner Support contract with its incidents remaining. Do not submit it.',
    stepsHeading: 'Check it yourself in Support for Business',
    step1: 'Open Support for Business ({url}) and sign in with the account the contract is associated with.',
    step2: 'Start a new request: pick Windows 10 as the product and fill in the form with dummy data.',
    step3: 'Step 2 lists the Partner Support contract with its start date, end date and incidents remaining.',
    step4: 'Do not submit the request: close it once you have read the numbers.',
    cloudPortals: 'The Azure portal and LCS do not show partner incidents remaining; only Support for Business does.',
  },
  {
    title: '残りのインシデント数',
    product: '{company} の Microsoft 製品サポート (オンプレミス) は残り {remaining} 件 ({total} 件中) で、期限は {end} です。',
    other: '{company}: {line}。',
    cloudUnlimited: 'Signature クラウドサポートはインシデント無制限です。',
    packLeft: '{pack} は残り {remaining} 件 ({total} 件中) です。',
    packUsedUp: '{pack} は使い切り済みです (残り 0 件 / {total} 件中)。',
    notActivated: '{company} の特典はまだアクティブ化されていないため、インシデントはまだありません。アクティブ化すると、{offers} により Microsoft 製品サポート (オンプレミス) のインシデントが {count} 件使えるようになります。',
    pending: '{company} のアクティブ化は処理中のため、インシデントはまだありません。完了すると、{offers} により Microsoft 製品サポート (オンプレミス) のインシデントが {count} 件使えるようになります。',
    noContract: '{company} の契約は記録にありません。次の手順でビジネス向けサポートから確認できます。',
    general: '残りのインシデント数を確認できるのはビジネス向けサポートだけです。新しいサポート要求を開始し (製品に Windows 10 を選び、ダミーの内容を入力)、手順 2 にパートナー サポート契約と残りのインシデント数が表示されます。要求は送信しないでください。',
    stepsHeading: 'ビジネス向けサポートでの確認方法',
    step1: 'ビジネス向けサポート ({url}) を開き、契約が関連付けられているアカウントでサインインします。',
    step2: '新しいサポート要求を開始し、製品に Windows 10 を選んで、フォームにダミーの内容を入力します。',
    step3: '手順 2 に、パートナー サポート契約の開始日、終了日、残りのインシデント数が表示されます。',
    step4: '要求は送信せず、数を確認したら閉じてください。',
    cloudPortals: 'Azure portal や LCS には、パートナーのインシデント残数は表示されません。表示されるのはビジネス向けサポートだけです。',
  },
);

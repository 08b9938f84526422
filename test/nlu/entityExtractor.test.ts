import { describe, expect, it } from '@jest/globals';
import { extractEntities, type Entities } from '../../src/nlu/entityExtractor.js';

type Case = readonly [text: string, expected: Partial<Entities>];

describe('extractEntities', () => {
  it.each<Case>([
    ['how many incidents does gold get', { offerLevel: 'gold' }],
    ['Silver competency incidents', { offerLevel: 'silver' }],
    ['what about the Action Pack?', { offerLevel: 'actionPack' }],
    ['MAPS subscription support', { offerLevel: 'actionPack' }],
    ['ゴールドのインシデント数', { offerLevel: 'gold' }],
    ['シルバーは何件？', { offerLevel: 'silver' }],
    ['アクションパックでAzureは使える？', { offerLevel: 'actionPack' }],
    ['Action Pack のインシデント', { offerLevel: 'actionPack' }],
  ])('offer level: %s', (text, expected) => {
    expect(extractEntities(text)).toMatchObject(expected);
  });

  it.each<Case>([
    ['gold cloud platform competency', { competency: 'cloudPlatform', offerLevel: 'gold' }],
    ['is security a cloud competency', { competency: 'security' }],
    ['silver data analytics', { competency: 'dataAnalytics' }],
    ['Small and Midmarket Cloud Solutions', { competency: 'smallMidmarketCloudSolutions' }],
    ['enterprise mobility management', { competency: 'enterpriseMobilityManagement' }],
    ['collaboration and content', { competency: 'collaborationContent' }],
    ['DevOps competency', { competency: 'devops' }],
    ['Windows and Devices', { competency: 'windowsDevices' }],
    ['クラウドプラットフォームのゴールド', { competency: 'cloudPlatform', offerLevel: 'gold' }],
    ['データセンターはクラウド？', { competency: 'datacenter' }],
    ['クラウド生産性', { competency: 'cloudProductivity' }],
    ['中小企業向けクラウドソリューション', { competency: 'smallMidmarketCloudSolutions' }],
    ['メッセージングのシルバー', { competency: 'messaging', offerLevel: 'silver' }],
  ])('competency: %s', (text, expected) => {
    expect(extractEntities(text)).toMatchObject(expected);
  });

  it.each<Case>([
    ['open an Azure case', { product: 'azure', productKind: 'cloud' }],
    ['customer has an Exchange Online problem', { product: 'microsoft365', productKind: 'cloud' }],
    ['office 365 ticket', { product: 'microsoft365', productKind: 'cloud' }],
    ['Teams issue', { product: 'microsoft365' }],
    ['dynamics 365 sales is broken', { product: 'dynamics365', productKind: 'cloud' }],
    ['power bi report fails', { product: 'powerPlatform' }],
    ['Windows Server issue, where do I file it?', { product: 'windowsServer', productKind: 'onPremises' }],
    ['on-prem exchange server case', { product: 'exchangeServer', productKind: 'onPremises' }],
    ['SQL Server 2019 hangs', { product: 'sqlServer', productKind: 'onPremises' }],
    ['sharepoint server search', { product: 'sharepointServer' }],
    ['windows 11 laptop', { product: 'windows' }],
    ['SCCM client push', { product: 'systemCenter' }],
    ['office 2021 crashes', { product: 'office', productKind: 'onPremises' }],
    ['顧客の Microsoft 365 のサポート要求を作りたい', { product: 'microsoft365', productKind: 'cloud' }],
    ['Azureでケースを開きたい', { product: 'azure' }],
    ['アジュールの問い合わせ', { product: 'azure' }],
    ['ウィンドウズサーバーの問題', { product: 'windowsServer' }],
    ['オンプレミスの問い合わせ', { productKind: 'onPremises' }],
    ['クラウドのサポート', { productKind: 'cloud' }],
    ['cloud support please', { productKind: 'cloud' }],
  ])('product: %s', (text, expected) => {
    expect(extractEntities(text)).toMatchObject(expected);
  });

  it('does not read a competency or the CSP program as a product kind', () => {
    expect(extractEntities('cloud platform competency').productKind).toBeUndefined();
    expect(extractEntities('cloud solution provider plan').productKind).toBeUndefined();
    expect(extractEntities('クラウドコンピテンシーの一覧').productKind).toBeUndefined();
  });

  it.each<Case>([
    ['is windows server 2008 supported', { product: 'windowsServer', oldProduct: true }],
    ['Windows Server 2008 R2', { product: 'windowsServer', oldProduct: true }],
    ['sql server 2008 case', { product: 'sqlServer', oldProduct: true }],
    ['exchange 2010 issue', { product: 'exchangeServer', oldProduct: true }],
    ['windows 7 is covered?', { product: 'windows', oldProduct: true }],
    ['office 2010 crash', { product: 'office', oldProduct: true }],
    ['SharePoint 2010 の件', { product: 'sharepointServer', oldProduct: true }],
    ['Ｗｉｎｄｏｗｓ Ｓｅｒｖｅｒ ２００８ はサポート対象？', { product: 'windowsServer', oldProduct: true }],
  ])('old version: %s', (text, expected) => {
    expect(extractEntities(text)).toMatchObject(expected);
  });

  it.each([['windows server 2022'], ['windows 11'], ['sql server 2022'], ['exchange online']])('%s is not old', (text) => {
    expect(extractEntities(text).oldProduct).toBeUndefined();
  });

  it.each<Case>([
    ['in partner center', { portal: 'partnerCenter' }],
    ['Support for Business portal', { portal: 'supportForBusiness' }],
    ['serviceshub', { portal: 'supportForBusiness' }],
    ['the Azure portal help + support', { portal: 'azurePortal' }],
    ['LCS project', { portal: 'lcs' }],
    ['パートナーセンターで', { portal: 'partnerCenter' }],
    ['ビジネス向けサポートで', { portal: 'supportForBusiness' }],
    ['Azure ポータルで', { portal: 'azurePortal' }],
  ])('portal: %s', (text, expected) => {
    expect(extractEntities(text)).toMatchObject(expected);
  });

  it.each<Case>([
    ['You are not authorized for this action', { errorMessage: 'notAuthorized' }],
    ['partner center says not authorised', { errorMessage: 'notAuthorized' }],
    ['このアクションを実行する権限がありません', { errorMessage: 'notAuthorized' }],
    ['権限がありませんと出ます', { errorMessage: 'notAuthorized' }],
    ["Looks like you don't have any benefits yet", { errorMessage: 'noBenefits' }],
    ['Looks like you don’t have any benefits yet', { errorMessage: 'noBenefits' }],
    ['まだ特典がないようです', { errorMessage: 'noBenefits' }],
    ['特典がありませんと表示される', { errorMessage: 'noBenefits' }],
    [
      'This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID',
      { errorMessage: 'alreadyAssociated' },
    ],
    ['Azure says my access id is already associated', { errorMessage: 'alreadyAssociated' }],
    [
      'このアクセス ID は既にアカウントに関連付けられています。新しいアクセス ID を取得するには、テクニカル アカウント マネージャーに問い合わせてください',
      { errorMessage: 'alreadyAssociated' },
    ],
    ['アクセスIDがすでに関連付けられていると言われた', { errorMessage: 'alreadyAssociated' }],
  ])('error message: %s', (text, expected) => {
    expect(extractEntities(text)).toMatchObject(expected);
  });

  it.each([['how many incidents do we have left'], ['特典をアクティブ化して'], ['link my contract']])('no error in %s', (text) => {
    expect(extractEntities(text).errorMessage).toBeUndefined();
  });

  it.each([
    ['my access id is 7F3A9C21B4E6D8F0 and contract 1234567890', ['7F3A9C21B4E6D8F0', '1234567890']],
    ['contract id: 98765432', ['98765432']],
    ['id 3f2504e0-4f89-11d3-9a0c-0305e82c3301 please', ['3f2504e0-4f89-11d3-9a0c-0305e82c3301']],
    ['アクセスIDはABCD1234EFGH5678です', ['ABCD1234EFGH5678']],
    ['AB12-CD34-EF56-GH78', ['AB12-CD34-EF56-GH78']],
    ['exchange2010 and windows server 2008, call 1234567', []],
    ['how many incidents', []],
  ] as Array<[string, string[]]>)('id-like tokens in %s', (text, expected) => {
    expect(extractEntities(text).idLikeTokens).toEqual(expected);
  });
});

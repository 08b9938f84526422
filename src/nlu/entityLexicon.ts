/**
 * Words partners use for the program's fixed vocabulary, in both languages.
 * Unlike products (src/rules/products.json) and offers (program.json, see
 * offerPhrases.ts), these names come from the program's own article and
 * change only when the program does.
 */

/** Competency ids as in the rules' competency list; the first six are the cloud ones. */
export const COMPETENCY_PHRASES: readonly (readonly [string, string])[] = [
  ['security', 'security'],
  ['セキュリティ', 'security'],
  ['cloud business applications', 'cloudBusinessApplications'],
  ['cloud business apps', 'cloudBusinessApplications'],
  ['クラウドビジネスアプリケーション', 'cloudBusinessApplications'],
  ['cloud platform', 'cloudPlatform'],
  ['クラウドプラットフォーム', 'cloudPlatform'],
  ['cloud productivity', 'cloudProductivity'],
  ['クラウド生産性', 'cloudProductivity'],
  ['クラウドプロダクティビティ', 'cloudProductivity'],
  ['enterprise mobility management', 'enterpriseMobilityManagement'],
  ['enterprise mobility', 'enterpriseMobilityManagement'],
  ['エンタープライズモビリティ管理', 'enterpriseMobilityManagement'],
  ['エンタープライズモビリティ', 'enterpriseMobilityManagement'],
  ['small and midmarket cloud solutions', 'smallMidmarketCloudSolutions'],
  ['small and mid-market cloud solutions', 'smallMidmarketCloudSolutions'],
  ['small & midmarket cloud solutions', 'smallMidmarketCloudSolutions'],
  ['smb cloud solutions', 'smallMidmarketCloudSolutions'],
  ['中小企業向けクラウドソリューション', 'smallMidmarketCloudSolutions'],
  ['中小規模企業向けクラウドソリューション', 'smallMidmarketCloudSolutions'],
  ['data analytics', 'dataAnalytics'],
  ['データ分析', 'dataAnalytics'],
  ['データアナリティクス', 'dataAnalytics'],
  ['application development', 'applicationDevelopment'],
  ['app development', 'applicationDevelopment'],
  ['アプリケーション開発', 'applicationDevelopment'],
  ['アプリ開発', 'applicationDevelopment'],
  ['data platform', 'dataPlatform'],
  ['データプラットフォーム', 'dataPlatform'],
  ['datacenter', 'datacenter'],
  ['data centre', 'datacenter'],
  ['データセンター', 'datacenter'],
  ['collaboration and content', 'collaborationContent'],
  ['collaboration & content', 'collaborationContent'],
  ['コラボレーションとコンテンツ', 'collaborationContent'],
  ['コラボレーション', 'collaborationContent'],
  ['messaging', 'messaging'],
  ['メッセージング', 'messaging'],
  ['windows and devices', 'windowsDevices'],
  ['windows & devices', 'windowsDevices'],
  ['windowsとデバイス', 'windowsDevices'],
  ['ウィンドウズとデバイス', 'windowsDevices'],
  ['devops', 'devops'],
  ['dev ops', 'devops'],
  ['communications', 'communications'],
  ['コミュニケーション', 'communications'],
];

export type ProductKindWord = 'onPremises' | 'cloud';

/**
 * Phrases that name a kind of product. Some "cloud" phrases are claimed by
 * something else (a competency, the CSP program, "cloud competency") and are
 * listed with `undefined` so that their span cannot be read as "cloud".
 */
export const PRODUCT_KIND_PHRASES: readonly (readonly [string, ProductKindWord | undefined])[] = [
  ['on-premises', 'onPremises'],
  ['on-premise', 'onPremises'],
  ['on-prem', 'onPremises'],
  ['onsite servers', 'onPremises'],
  ['オンプレミス', 'onPremises'],
  ['オンプレ', 'onPremises'],
  ['cloud', 'cloud'],
  ['クラウド', 'cloud'],
  ['cloud solution provider', undefined],
  ['クラウドソリューションプロバイダー', undefined],
  ['cloud competency', undefined],
  ['cloud competencies', undefined],
  ['クラウドコンピテンシー', undefined],
  ...COMPETENCY_PHRASES.map(([phrase]) => [phrase, undefined] as const),
];

export type Portal = 'partnerCenter' | 'supportForBusiness' | 'azurePortal' | 'lcs';

export const PORTAL_PHRASES: readonly (readonly [string, Portal])[] = [
  ['partner center', 'partnerCenter'],
  ['partner centre', 'partnerCenter'],
  ['partnercenter', 'partnerCenter'],
  ['partner.microsoft.com', 'partnerCenter'],
  ['パートナーセンター', 'partnerCenter'],
  ['パートナー センター', 'partnerCenter'],
  ['support for business', 'supportForBusiness'],
  ['supportforbusiness', 'supportForBusiness'],
  ['services hub', 'supportForBusiness'],
  ['serviceshub', 'supportForBusiness'],
  ['ビジネス向けサポート', 'supportForBusiness'],
  ['azure portal', 'azurePortal'],
  ['portal.azure.com', 'azurePortal'],
  ['azureポータル', 'azurePortal'],
  ['アジュールポータル', 'azurePortal'],
  ['lcs', 'lcs'],
  ['lifecycle services', 'lcs'],
  ['life cycle services', 'lcs'],
  ['ライフサイクルサービス', 'lcs'],
];

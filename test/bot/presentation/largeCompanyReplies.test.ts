/**
 * A partner with hundreds of contracts gets replies Teams can deliver: Teams
 * refuses a bot message above about 100 KB counted in UTF-16 and asks to stay
 * within 80 KB, so every reply here must stay under that, list the most
 * relevant contracts and say how many more the "My support benefits" tab shows,
 * in both languages.
 */
import { benchAdminId, benchTenantId, writeGeneratedStore } from '../../../bench/storeGenerator.js';
import { CONTRACTS_LISTED } from '../../../src/bot/presentation/index.js';
import { messageFrom, type Persona } from '../../helpers/personas.js';
import { makeTempDataDir, removeTempDataDir } from '../../helpers/storeFactories.js';
import { startTestApp, TEST_TODAY, visibleText, type TestApp } from '../../helpers/testApp.js';

const CONTRACTS = 400;
/** Teams' recommended ceiling for one message, in bytes of UTF-16. */
const TEAMS_MESSAGE_BYTES = 80 * 1024;
const utf16Bytes = (activity: unknown): number => JSON.stringify(activity).length * 2;

let testApp: TestApp;
let dataDir: string;
const admin: Persona = { aadObjectId: benchAdminId(0), tenantId: benchTenantId(0), name: 'Admin 0' };

beforeAll(async () => {
  dataDir = await makeTempDataDir();
  // One company holding every contract; it has activated its benefits.
  await writeGeneratedStore(dataDir, { contracts: CONTRACTS, companies: 1, today: TEST_TODAY });
  // Reminder thresholds at 0: the start-up scan has little to send, so the app stops quickly.
  testApp = await startTestApp({ DATA_DIR: dataDir, REMINDER_LOW_INCIDENTS: '0', REMINDER_LOW_PERCENT: '0', REMINDER_ENDING_DAYS: '0' });
}, 120_000);

afterAll(async () => {
  await testApp.close();
  await removeTempDataDir(dataDir);
}, 120_000);

const LEFT_OUT = CONTRACTS - CONTRACTS_LISTED;
const toldMore: Record<'en' | 'ja', string> = { en: `and ${LEFT_OUT} more`, ja: `ほかに ${LEFT_OUT} 件` };
const toldTab: Record<'en' | 'ja', string> = { en: 'My support benefits', ja: 'マイ サポート特典' };

describe('a company with hundreds of contracts', () => {
  it.each<['en' | 'ja', string]>([
    ['en', 'what benefits do we have'],
    ['en', 'how many incidents do we have left'],
    ['en', 'what are our access id and contract id'],
    ['en', 'activate our benefits'],
    ['en', 'how long are our benefits valid'],
    ['ja', 'うちの特典は何ですか'],
    ['ja', '残りのインシデント数は'],
    ['ja', 'アクセス ID と契約 ID はどこですか'],
  ])('%s "%s": under the Teams limit, says how many more contracts the tab lists', async (language, text) => {
    const replies = await testApp.ask(messageFrom(admin, text, { serviceUrl: testApp.connector.url, locale: language === 'ja' ? 'ja-JP' : 'en-US' }));
    expect(replies.length).toBeGreaterThan(0);
    for (const reply of replies) expect(utf16Bytes(reply)).toBeLessThan(TEAMS_MESSAGE_BYTES);
    const visible = visibleText(replies);
    expect(visible).toContain(toldMore[language]);
    expect(visible).toContain(toldTab[language]);
  });
});

/**
 * The demo processor, in Japanese: Erin's request survives a restart and is
 * approved by the restarted bot, which messages her over real HTTP with the
 * new IDs and next steps. Wingtip's seeded request keeps its story (pending).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { executeFrom, messageFrom, personas } from '../../helpers/personas.js';
import { RecordingConnector } from '../../helpers/recordingConnector.js';
import { startTestApp, visibleText } from '../../helpers/testApp.js';
import { actionWithVerb, cardsIn, invokeCard } from './cardActions.js';

let dataDir = '';
const connector = new RecordingConnector();

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'psb-activation-demo-'));
  await connector.start();
});
afterAll(async () => {
  await connector.stop();
  await rm(dataDir, { recursive: true, force: true });
});

it('a request made before a restart is approved by the demo processor after it, and Erin is told in Japanese', async () => {
  const ja = { serviceUrl: connector.url, locale: 'ja-JP' };
  const first = await startTestApp({ DATA_DIR: dataDir, ACTIVATION_PROCESSOR: 'demo', DEMO_ACTIVATION_DELAY_SECONDS: '3600' });
  try {
    const replies = await first.ask(messageFrom(personas.erin, '特典をアクティブ化して', ja));
    expect(visibleText(replies)).toContain('Microsoft 製品サポート (オンプレミス): 10 インシデント');
    const activate = actionWithVerb(cardsIn(replies), 'activate')!;
    for (let click = 0; click < 2; click++) {
      const card = invokeCard((await first.post(executeFrom(personas.erin, activate.verb!, activate.data, ja))).body);
      expect(visibleText([{ attachments: [{ content: card }] }])).toContain('Erin Sato さんが申請しました');
      // No space left between the sentence and the filled-in processing time (「通常 数日」).
      expect(visibleText([{ attachments: [{ content: card }] }])).toContain('処理には通常数日かかります');
    }
    expect(await first.app.store.activationRequests.listByTenant('tenant-fabrikam')).toHaveLength(1);
  } finally {
    await first.close();
  }
  expect(connector.inConversation('a:personal-aad-erin')).toHaveLength(0);

  const second = await startTestApp({ DATA_DIR: dataDir, ACTIVATION_PROCESSOR: 'demo', DEMO_ACTIVATION_DELAY_SECONDS: '0' });
  try {
    await connector.waitFor((r) => r.some((x) => x.conversationId === 'a:personal-aad-erin'));
    const message = visibleText(connector.inConversation('a:personal-aad-erin').map((r) => r.activity));
    expect(message).toContain('技術関連の特典がアクティブ化されました');
    expect(message).toMatch(/[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}/);
    expect(message).toMatch(/\b\d{10}\b/);
    expect(message).toContain('ビジネス向けサポート');
    const [request] = await second.app.store.activationRequests.listByTenant('tenant-fabrikam');
    expect(request).toMatchObject({ status: 'approved', decidedBy: 'demo-processor' });
    expect(await second.app.store.contracts.listByTenant('tenant-fabrikam')).toHaveLength(1);
    expect((await second.app.store.directory.findCompany('tenant-wingtip'))?.activation.status).toBe('pending');
    expect(visibleText(await second.ask(messageFrom(personas.erin, 'アクティブ化の状況は？', ja)))).toContain('完了しました');
  } finally {
    await second.close();
  }
}, 90_000);

/**
 * Support routing over HTTP, in Japanese: the same routes, worded with the
 * localized article's terms (管理エージェント, サービス管理, 新しい要求, 顧客).
 */
import { randomUUID } from 'node:crypto';
import { messageFrom, personas, submitFrom, type Persona } from '../../helpers/personas.js';
import { useTestApp, visibleText } from '../../helpers/testApp.js';
import { routeMessages } from '../../../src/bot/features/csp/routeMessages.js';

const t = useTestApp();

const options = () => ({ serviceUrl: t.connector.url, conversationId: `a:csp-ja-${randomUUID()}`, locale: 'ja-JP' });
const say = async (persona: Persona, text: string) => visibleText(await t.ask(messageFrom(persona, text, options())));
const click = async (persona: Persona, value: Record<string, unknown>) =>
  visibleText(await t.ask(submitFrom(persona, { verb: 'chooseRouteOption', ...value }, options())));

describe('support routing (Japanese)', () => {
  it('Carol: a customer without a name gets the customer list, then the Service management route', async () => {
    const choices = await say(personas.carol, '顧客の Microsoft 365 のサポート要求を作りたい');
    expect(choices).toContain('どの顧客の要求ですか？');
    expect(choices).toContain('Adventure Works');
    expect(choices).toContain('次へ');
    const route = await click(personas.carol, { customerId: 'csp-contoso-adventure-works', product: 'microsoft365' });
    expect(route).toContain(routeMessages.for('ja')('cspTitle', { customer: 'Adventure Works' }));
    expect(route).toContain('[サービス管理] を開き、[新しい要求] を選びます。');
    expect(route).toContain('Signature クラウドサポートの契約');
  });

  it('Carol: Azure for Adventure Works needs no contract (Cloud Solution Provider plan)', async () => {
    const text = await say(personas.carol, '顧客 Adventure Works の Azure のサポート要求を作りたい');
    expect(text).toContain('管理エージェントとして');
    expect(text).toContain('契約の追加は不要です');
    expect(text).toContain('[CSP] → [顧客] を開きます。');
  });

  it('Dave is told only an Admin agent may, and who is one', async () => {
    const text = await say(personas.dave, '顧客 Adventure Works の Azure のサポート要求を作りたい');
    expect(text).toContain('この要求を作成できるのは管理エージェントのみです');
    expect(text).toContain('Carol Díaz');
  });

  it('Frank: Windows Server goes to Support for Business with 3 incidents left', async () => {
    const text = await say(personas.frank, 'Windows Server の問題はどこに出せばいい？');
    expect(text).toContain(routeMessages.for('ja')('productTitle'));
    expect(text).toContain('契約の残りインシデント: 3');
  });

  it('Frank: Azure with the 5pack used up is not covered, with the paid plans', async () => {
    const text = await say(personas.frank, 'Azure の問題はどこに出せばいい？');
    expect(text).toContain('特典の対象外です');
    expect(text).toContain('インシデントが残っていません');
    expect(text).toContain('パートナー向けの Premier サポート');
  });

  it('Erin: not activated yet, so into activation', async () => {
    const text = await say(personas.erin, 'Windows Server の問題はどこに出せばいい？');
    expect(text).toContain('まず特典をアクティブ化してください');
    expect(text).toContain('特典をアクティブ化');
  });

  it('Alice: no product named gets the product choices', async () => {
    const text = await say(personas.alice, 'サポート要求はどこに出せばいい？');
    expect(text).toContain('どの製品についての要求ですか？');
    expect(text).toContain('Windows Server');
  });

  it('a card naming another company\'s customer is refused in Japanese', async () => {
    expect(await click(personas.carol, { customerId: 'csp-wingtip-fourth-coffee', product: 'azure' })).toContain('別のユーザーまたは会社のもの');
  });
});

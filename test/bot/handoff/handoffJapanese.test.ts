/**
 * The same hand-off in Japanese: Ivan registers the channel in Japanese (so
 * the cards are Japanese), Dave writes from a Japanese Teams client and is
 * answered and notified in Japanese.
 */
import { personas } from '../../helpers/personas.js';
import { startTestApp, visibleText, type TestApp } from '../../helpers/testApp.js';
import { actionData, CHANNEL, click, currentCard, personalChatOf, postedTicketCards, say, sayInChannel, textsIn, threadOf } from './handoffHarness.js';

const { dave, ivan } = personas;
const JA = 'ja-JP';
let test: TestApp;

beforeAll(async () => {
  test = await startTestApp();
}, 60_000);
afterAll(() => test.close());

describe('hand-off (Japanese)', () => {
  it('runs from request to resolution in Japanese on both sides', async () => {
    expect(visibleText(await sayInChannel(test, ivan, 'このチャネルでチケットを受け付ける', `${CHANNEL};messageid=root-1`, JA))).toContain('このチャネルでヘルプデスクのチケットを受け付けます');

    await say(test, dave, 'Azure ポータルで契約をリンクできません。至急お願いします', JA);
    expect(visibleText(await say(test, dave, '担当者と話したい', JA))).toContain('チケット PS-1001 としてヘルプデスクに送りました');
    await test.connector.waitFor(() => postedTicketCards(test).length === 1);
    const cardId = postedTicketCards(test)[0]!.activityId;
    const card = JSON.stringify(currentCard(test, cardId));
    expect(card).toContain('チケット PS-1001');
    expect(card).toContain('緊急');
    expect(card).toContain('自分に割り当てる');

    await click(test, ivan, 'ticketAssign', actionData(currentCard(test, cardId), 'ticketAssign')!, cardId, JA);
    await click(test, ivan, 'ticketReply', { ...actionData(currentCard(test, cardId), 'ticketReply')!, replyText: 'シークレット ウィンドウでもう一度お試しください。' }, cardId, JA);
    expect(visibleText(await say(test, dave, 'まだ同じエラーが出ます', JA))).toContain('Ivan Petrov さんにお伝えしました');
    await test.connector.waitFor(() => textsIn(test, threadOf(cardId)).includes('Dave Ito さん (PS-1001): まだ同じエラーが出ます'));
    expect(visibleText(await say(test, dave, 'チケットの状況', JA))).toContain('PS-1001: 対応中');
    await click(test, ivan, 'ticketResolve', actionData(currentCard(test, cardId), 'ticketResolve')!, cardId, JA);

    const daveTexts = textsIn(test, personalChatOf(dave));
    expect(daveTexts.some((t) => t.includes('Ivan Petrov さんがチケット PS-1001 を担当します'))).toBe(true);
    expect(daveTexts).toContain('Ivan Petrov さん (ヘルプデスク、PS-1001): シークレット ウィンドウでもう一度お試しください。');
    expect(daveTexts.some((t) => t.includes('解決済みにしました'))).toBe(true);
    expect(JSON.stringify(currentCard(test, cardId))).toContain('解決済み');
  });
});

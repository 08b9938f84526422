/**
 * The same hand-off in Japanese: Ivan registers the channel in Japanese (so
 * the cards are Japanese), Dave writes from a Japanese Teams client and is
 * answered and notified in Japanese. A user not in the directory reaches a
 * person too, on a ticket marked so the agents know nothing was verified.
 */
import { personas } from '../../helpers/personas.js';
import { startTestApp, visibleText, type TestApp } from '../../helpers/testApp.js';
import { actionData, CHANNEL, click, currentCard, personalChatOf, postedTicketCards, say, sayInChannel, textsIn, threadOf } from './handoffHarness.js';

const { dave, ivan, stranger } = personas;
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

  it('lets a user not in the directory reach a person: the ticket is marked unverified and carries no company snapshot', async () => {
    const opened = await say(test, stranger, 'ヘルプデスクの人と話したい', JA);
    expect(visibleText(opened)).toContain('チケット PS-1002 としてヘルプデスクに送りました');
    expect(visibleText(opened)).toContain('パートナー ディレクトリに登録されていないため');
    const ticket = await test.app.store.tickets.find('PS-1002');
    expect(ticket?.requester).toMatchObject({ tenantId: 'tenant-unknown', aadObjectId: 'aad-stranger', companyName: '', notInDirectory: true, name: '不明なユーザー (テナント tenant-unknown)' });
    expect(ticket?.snapshot).toBeUndefined();

    await test.connector.waitFor(() => postedTicketCards(test).length === 2);
    const cardId = postedTicketCards(test)[1]!.activityId;
    const card = JSON.stringify(currentCard(test, cardId));
    expect(card).toContain('パートナー ディレクトリに未登録');
    expect(card).toContain('不明なユーザー (テナント tenant-unknown)');

    await click(test, ivan, 'ticketAssign', actionData(currentCard(test, cardId), 'ticketAssign')!, cardId, JA);
    await click(test, ivan, 'ticketReply', { ...actionData(currentCard(test, cardId), 'ticketReply')!, replyText: '会社名を教えてください。' }, cardId, JA);
    await test.connector.waitFor(() => textsIn(test, personalChatOf(stranger)).some((t) => t.includes('会社名を教えてください。')));
    expect(visibleText(await say(test, stranger, 'Fabrikam の者です', JA))).toContain('Ivan Petrov さんにお伝えしました');
    expect(visibleText(await say(test, stranger, 'チケットの状況', JA))).toContain('PS-1002: 対応中');
  });
});

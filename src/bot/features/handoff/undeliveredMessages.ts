/** What helpdesk agents are told about deliveries the bot gave up on. */
import { defineMessages } from '../../i18n/messages.js';

export const undeliveredMessages = defineMessages(
  {
    title: 'Deliveries the bot gave up on',
    nothing: 'Every ticket card and message was delivered; nothing is waiting.',
    summary: '{tickets} ticket(s) and {notices} message(s) to users could not be delivered after repeated attempts.',
    ticketsHeading: 'Tickets whose card or thread posts could not be delivered',
    ticketLine: '{id}: {failures} failed attempts since {since} UTC (last error: {error})',
    notices: '{count} message(s) to users could not be delivered; they are kept in the store and no longer retried.',
    rearmHint: 'Check the bot\'s access to the helpdesk channel, then say "use this channel for tickets" there again: the bot will try these tickets once more.',
  },
  {
    title: 'ボットが配信をあきらめたもの',
    nothing: 'チケットのカードとメッセージはすべて配信されました。待機中のものはありません。',
    summary: 'チケット {tickets} 件とユーザーへのメッセージ {notices} 件を、繰り返し試みても届けられませんでした。',
    ticketsHeading: 'カードまたはスレッドへの投稿を届けられなかったチケット',
    ticketLine: '{id}: {since} (UTC) から {failures} 回失敗 (最後のエラー: {error})',
    notices: 'ユーザーへのメッセージ {count} 件を届けられませんでした。ストアに保存されていますが、再試行はしません。',
    rearmHint: 'ボットがヘルプデスク チャネルにアクセスできることを確認し、そのチャネルでもう一度「このチャネルをチケット用に使う」と入力してください。ボットがこれらのチケットを再度配信します。',
  },
);

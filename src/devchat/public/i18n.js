// User-facing strings of the local chat page, in English and Japanese.
export const STRINGS = {
  en: {
    title: 'Partner Support Bot — local chat',
    subtitle: 'Developer mode: no Teams tenant, nothing leaves this machine.',
    persona: 'Chat as',
    unknown: 'An unknown user (not in the directory)',
    language: 'Language',
    openTab: 'Open the "My support benefits" tab',
    chatHeading: 'Chat with the bot',
    helpdeskHeading: 'Helpdesk channel',
    helpdeskAs: 'as Ivan Petrov (helpdesk agent)',
    useChannel: 'Use this channel for tickets',
    placeholder: 'Type a message',
    send: 'Send',
    you: 'You',
    typing: 'typing…',
    empty: 'No messages yet. Say hello!',
    updated: 'edited',
    deleted: 'This message has been deleted.',
    sendFailed: 'The bot did not accept this (HTTP {status}).',
    connectionLost: 'Connection to the bot lost; reconnecting…',
  },
  ja: {
    title: 'Partner Support Bot — ローカル チャット',
    subtitle: '開発者モード: Teams テナント不要。データはこのマシンの外に出ません。',
    persona: 'チャットするユーザー',
    unknown: '不明なユーザー (ディレクトリにいない)',
    language: '言語',
    openTab: '「マイ サポート特典」タブを開く',
    chatHeading: 'ボットとのチャット',
    helpdeskHeading: 'ヘルプデスク チャネル',
    helpdeskAs: 'Ivan Petrov (ヘルプデスク担当) として',
    useChannel: 'このチャネルをチケットに使う',
    placeholder: 'メッセージを入力',
    send: '送信',
    you: 'あなた',
    typing: '入力中…',
    empty: 'まだメッセージはありません。話しかけてみてください。',
    updated: '編集済み',
    deleted: 'このメッセージは削除されました。',
    sendFailed: 'ボットが受け付けませんでした (HTTP {status})。',
    connectionLost: 'ボットとの接続が切れました。再接続しています…',
  },
};

export function t(lang, key, vars = {}) {
  const table = STRINGS[lang] ?? STRINGS.en;
  const text = table[key] ?? STRINGS.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? ''));
}

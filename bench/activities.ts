/**
 * The activities the load generator sends: the shape Teams posts (as in
 * test/helpers/personas.ts), with deliveryMode "expectReplies" so the reply
 * comes back in the HTTP response. Every activity gets a fresh id: the bot's
 * replay guard would otherwise drop repeats as Teams retries.
 */

export interface BenchUser {
  readonly aadObjectId: string;
  readonly tenantId: string;
  readonly name: string;
}

export const BOT_SERVICE_URL = 'http://127.0.0.1:9/unused-connector';

let sequence = 0;

export function nextActivityId(): string {
  sequence += 1;
  return `bench-${process.pid}-${sequence}`;
}

export interface MessageOptions {
  readonly conversationId?: string;
  readonly locale?: string;
}

export function messageActivity(user: BenchUser, text: string, options: MessageOptions = {}): Record<string, unknown> {
  return {
    type: 'message',
    id: nextActivityId(),
    channelId: 'msteams',
    serviceUrl: BOT_SERVICE_URL,
    timestamp: new Date().toISOString(),
    locale: options.locale ?? (/[\u3040-\u30ff\u4e00-\u9faf]/.test(text) ? 'ja-JP' : 'en-US'),
    from: { id: `29:${user.aadObjectId}`, name: user.name, aadObjectId: user.aadObjectId },
    recipient: { id: '28:partner-support-bot', name: 'Partner Support Bot' },
    conversation: { id: options.conversationId ?? `a:personal-${user.aadObjectId}`, conversationType: 'personal', tenantId: user.tenantId, isGroup: false },
    channelData: { tenant: { id: user.tenantId } },
    deliveryMode: 'expectReplies',
    text,
  };
}

/** Action.Execute from a card: the invoke Teams sends for a card button. */
export function executeActivity(user: BenchUser, verb: string, data: Record<string, unknown>, options: MessageOptions = {}): Record<string, unknown> {
  const base = messageActivity(user, '', options);
  delete base.text;
  return {
    ...base,
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', id: nextActivityId(), verb, data }, trigger: 'manual' },
  };
}

export const stranger: BenchUser = { aadObjectId: 'aad-bench-stranger', tenantId: 'tenant-unknown', name: 'Sam Stranger' };

/** General entitlement questions anyone may ask: the answer depends on the rules, not on who asks. */
export const generalQuestions: readonly string[] = [
  'How many support incidents does a Gold partner get?',
  'Does a Silver competency include Signature Cloud Support?',
  'Which competencies count as cloud competencies?',
  'How many incidents come with the Action Pack?',
  'Is an older version of SQL Server still supported?',
  'ゴールドパートナーのサポートインシデントは何件ですか？',
  'シルバーのコンピテンシーにクラウドサポートは含まれますか？',
  'どのコンピテンシーがクラウドコンピテンシーですか？',
];

/**
 * The k-th general question, worded so that no earlier request of the run had
 * the same text: it measures a question the bot has not seen before (no
 * cached understanding), where `generalQuestions` repeats eight texts.
 */
export function freshGeneralQuestion(k: number): string {
  const question = generalQuestions[k % generalQuestions.length]!;
  return /[\u3040-\u30ff\u4e00-\u9faf]/.test(question) ? `質問${k}：${question}` : `Question ${k}: ${question}`;
}

/** Questions whose answer depends on the asker's company and contracts. */
export const personalQuestions: readonly string[] = [
  'How many incidents do we have left?',
  'What support benefits does my company have?',
  'How many incidents have we used so far?',
  '残りのインシデントは何件ですか？',
  'うちの会社のサポート特典を教えてください',
];

export const activationRequestText = 'Please activate our support benefits now.';
export const handoffRequestText = 'I want to talk to a person at the helpdesk.';
export const echoText = 'How many support incidents does a Gold partner get?';

/** The texts of the replies in an expectReplies response body (typing indicators left out). */
export function replyTexts(body: unknown): string[] {
  const activities = (body as { activities?: Array<Record<string, unknown>> } | undefined)?.activities ?? [];
  return activities
    .filter((a) => a.type !== 'typing')
    .map((a) => (typeof a.text === 'string' && a.text ? a.text : Array.isArray(a.attachments) && a.attachments.length ? '[card]' : ''));
}

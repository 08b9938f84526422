/**
 * Questions the program's article has no facts for (support languages, phone
 * numbers, contact details, response times), typed as Japanese partners type
 * them: with or without spaces, full-width letters, particles between words.
 * Each gets the honest "the program's rules don't say; the helpdesk can find
 * out", never "I didn't understand" or a neighbouring topic's answer.
 */
import { createEvaluationBot } from '../../src/bot/evaluation/independentRun.js';
import { judgeReply } from '../../src/bot/evaluation/replyVerdict.js';
import type { Language } from '../../src/domain/model.js';

let ask: (as: string, text: string, language: Language) => Promise<string>;
beforeAll(async () => {
  ({ ask } = await createEvaluationBot());
}, 120_000);

const JAPANESE = [
  'サポートの言語は何ですか',
  'サポートの言語は何ですか？',
  'サポートは何語で受けられますか',
  '対応言語を教えてください',
  '対応している言語は？',
  'サポートは日本語でも大丈夫ですか',
  '中国語でも問い合わせできますか',
  'サポートの電話番号は？',
  'サポート窓口の電話番号を教えて',
  'サポートの連絡先を教えてください',
  'サポートのメールアドレスは？',
  'サポート の 言語 は 何 です か',
  'SLA はありますか',
  'ＳＬＡは？',
  'サポートの応答時間はどれくらいですか',
  '回答までどのくらいかかりますか',
  '初回応答の目安は？',
];

const ENGLISH = ['what languages is support available in?', "what's the support phone number?", 'is there an SLA?', 'how long until support answers?'];

describe('questions the article does not answer get the honest "not covered"', () => {
  const cases: Array<[Language, string]> = [...JAPANESE.map((q): [Language, string] => ['ja', q]), ...ENGLISH.map((q): [Language, string] => ['en', q])];
  it.each(cases)('%s: %s', async (language, q) => {
    const visible = await ask('alice', q, language);
    const verdict = judgeReply({ id: 'x', kind: 'notCovered', as: 'alice', q, expect: 'notCovered', facts: [] }, visible, language);
    expect({ q, verdict, visible: verdict === 'right' ? '' : visible.slice(0, 200) }).toEqual({ q, verdict: 'right', visible: '' });
  });
});

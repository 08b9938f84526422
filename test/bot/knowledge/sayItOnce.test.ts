/**
 * Say it once: Teams shows a reply's text and its card together, so the
 * figure a question asks for appears once across both (the "Why?" panel,
 * closed until clicked, aside), and the text's first sentence is not said
 * again by the card. Follow-ups ("and Silver?") included, general and
 * personal, in English and Japanese.
 */
import { visibleReplyText } from '../../../src/bot/evaluation/replyVerdict.js';
import { messageFrom, personas, type Persona } from '../../helpers/personas.js';
import { useTestApp } from '../../helpers/testApp.js';

const t = useTestApp();
let conversation = 0;

/** One question of a conversation and the figure its answer must say exactly once. */
type Turn = readonly [question: string, figure: RegExp];
const n = (figure: number): RegExp => new RegExp(`(?<![\\d.])${figure}(?![\\d])`, 'g');

const CASES: ReadonlyArray<readonly [string, Persona, string, readonly Turn[]]> = [
  ['general incidents, then "and Silver?"', personas.stranger, 'en-US', [['how many incidents does Gold get?', n(20)], ['and Silver?', n(15)], ['and Action Pack?', n(10)]]],
  ['personal incidents, then "and Silver?"', personas.alice, 'en-US', [['how many incidents does Gold get?', n(20)], ['and Silver?', n(15)]]],
  ['general cloud support', personas.stranger, 'en-US', [['does Silver include cloud support?', /unlimited/gi], ['and Gold?', /unlimited/gi]]],
  ['personal cloud support', personas.alice, 'en-US', [['does our Gold competency include cloud support?', /unlimited/gi]]],
  ['incidents left', personas.alice, 'en-US', [['how many incidents do we have left?', n(12)]]],
  ['company incidents', personas.frank, 'en-US', [['how many incidents do we get?', n(15)]]],
  ['Action Pack and cloud', personas.erin, 'en-US', [['do we get cloud support?', /not included/gi]]],
  ['一般: インシデント数、続けて「シルバーは？」', personas.stranger, 'ja-JP', [['ゴールドのインシデント数は？', n(20)], ['シルバーは？', n(15)]]],
  ['本人: インシデント数、続けて「シルバーは？」', personas.alice, 'ja-JP', [['ゴールドのインシデント数は？', n(20)], ['シルバーは？', n(15)]]],
  ['一般: クラウド サポート', personas.stranger, 'ja-JP', [['シルバーにクラウドサポートは含まれますか', /無制限/g]]],
  ['本人: 残りのインシデント', personas.alice, 'ja-JP', [['残りのインシデントは何件ですか', n(12)]]],
  ['本人: 会社のインシデント数', personas.frank, 'ja-JP', [['うちのインシデント数は？', n(15)]]],
];

/** The card's visible text, without the message text. */
function cardText(activities: ReadonlyArray<Record<string, unknown>>): string {
  return visibleReplyText(activities.map((a) => ({ ...a, text: undefined })));
}

function firstSentence(text: string): string {
  return (text.match(/^.+?[.。](?=\s|$)/u)?.[0] ?? text).trim();
}

describe.each(CASES)('%s', (_name, persona, locale, turns) => {
  it('says the figure once and does not repeat the text in the card', async () => {
    const options = { serviceUrl: t.connector.url, locale, conversationId: `a:say-once-${++conversation}` };
    for (const [question, figure] of turns) {
      const replies = (await t.ask(messageFrom(persona, question, options))).filter((a) => a.type === 'message');
      const text = replies.map((a) => String(a.text ?? '')).join('\n');
      const visible = visibleReplyText(replies);
      const card = cardText(replies);
      expect({ question, count: visible.match(figure)?.length ?? 0, visible }).toEqual({ question, count: 1, visible });
      expect({ question, repeated: card.includes(firstSentence(text)) }).toEqual({ question, repeated: false });
    }
  });
});

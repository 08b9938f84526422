/**
 * Japanese keyboards type product names and versions in full width
 * ("ＳＱＬ Ｓｅｒｖｅｒ ２０１２"). The text is normalised once, when the turn is
 * read, so every consumer (product and version matching, the n-1 answer, the
 * support route) sees "SQL Server 2012" and answers as for half-width text.
 */
import { readTurn } from '../../src/bot/turnReader.js';
import { messageFrom, personas } from '../helpers/personas.js';
import { useTestApp, visibleText } from '../helpers/testApp.js';
import type { Activity } from 'botbuilder';

const t = useTestApp();
let conversation = 0;

async function say(text: string, locale: string, persona = personas.stranger): Promise<string> {
  return visibleText(await t.ask(messageFrom(persona, text, { serviceUrl: t.connector.url, locale, conversationId: `a:full-width-${++conversation}` })));
}

describe('the turn text is read in half width', () => {
  it('full-width Latin letters, digits and spaces; half-width katakana made full width', () => {
    const facts = readTurn({ text: 'ＳＱＬ　Ｓｅｒｖｅｒ　２０１２ はｻﾎﾟｰﾄ対象？', conversation: { id: 'c' }, from: { id: 'u' } } as Activity);
    expect(facts.text).toBe('SQL Server 2012 はサポート対象？');
  });
});

describe('a full-width version gets the in- or out-of-scope answer of the half-width one', () => {
  it.each([
    ['en-US', 'Is ＳＱＬ Ｓｅｒｖｅｒ ２０１２ still covered by product support?', 'SQL Server 2012 is an older version, so it is out of scope'],
    ['en-US', 'Is Windows Server ２００８ Ｒ２ supported?', 'Windows Server 2008 R2 is an older version, so it is out of scope'],
    ['en-US', 'Is Windows Server ２０２２ covered by product support?', 'Windows Server is an on-premises product: its recent versions are covered'],
    ['ja-JP', 'ＳＱＬ Ｓｅｒｖｅｒ ２０１２ はサポート対象ですか', 'SQL Server 2012 は古いバージョンのため対象外です'],
    ['ja-JP', 'Ｗｉｎｄｏｗｓ　Ｓｅｒｖｅｒ　２０１２ は製品サポートの対象ですか', 'Windows Server 2012 は古いバージョンのため対象外です'],
    ['ja-JP', 'Windows Server ２０２２ はサポート対象ですか', 'Windows Server はオンプレミス製品です。最新のバージョンは Microsoft 製品サポートの対象'],
  ])('%s: %s', async (locale, question, expected) => {
    expect(await say(question, locale)).toContain(expected);
  });
});

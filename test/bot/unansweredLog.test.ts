/**
 * The helpdesk digest's "questions the bot could not answer" gets every
 * question the bot did not answer with facts: "not understood" and "the
 * program's rules don't say" alike, in either language, masked. Answered
 * questions are not kept.
 */
import { messageFrom, personas } from '../helpers/personas.js';
import { useTestApp } from '../helpers/testApp.js';

const t = useTestApp();
let conversation = 0;

async function say(text: string, locale = 'en-US'): Promise<void> {
  await t.ask(messageFrom(personas.dave, text, { serviceUrl: t.connector.url, locale, conversationId: `a:unanswered-${++conversation}` }));
}

it('keeps "not covered" and "not understood" questions, masked, and not the answered ones', async () => {
  await say('What is the support phone number? Write to dave@contoso.com');
  await say('サポートの言語は何ですか', 'ja-JP');
  await say('can you book me a taxi');
  await say('how many incidents does Gold get?');
  const kept = await t.app.store.unansweredQuestions.listSince('2026-01-01T00:00:00.000Z');
  expect(kept.map((q) => [q.language, q.text])).toEqual([
    ['en', 'What is the support phone number? Write to •••@•••'],
    ['ja', 'サポートの言語は何ですか'],
    ['en', 'can you book me a taxi'],
  ]);
});
